using System.Text;
using System.Text.Json;

namespace JobSentinel.Core.Diagnostics.Logs;

/// <summary>Renders a message template (<c>"Scrape of {Source} failed"</c>) with the properties of a stored log event.</summary>
public static class MessageTemplate
{
    public static string Render(string template, JsonElement properties)
    {
        var output = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                output.Append(c);
                i++;
                continue;
            }

            var end = c == '{' ? template.IndexOf('}', i + 1) : -1;
            if (end < 0)
            {
                output.Append(c);
                continue;
            }

            var token = template[(i + 1)..end];
            var name = token.TrimStart('@', '$').Split(',', ':')[0].Trim();
            output.Append(name.Length > 0 && properties.TryGetProperty(name, out var value)
                ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                : template[i..(end + 1)]);
            i = end;
        }

        return output.ToString();
    }
}
