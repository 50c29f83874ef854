using System.Globalization;
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
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var format = colon < 0 ? null : token[(colon + 1)..];
            output.Append(name.Length > 0 && properties.TryGetProperty(name, out var value)
                ? Format(value, format)
                : template[i..(end + 1)]);
            i = end;
        }

        return output.ToString();
    }

    private static string? Format(JsonElement value, string? format)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        // Numbers honour numeric formats ("{Milliseconds:F0}"); anything else is shown as stored.
        if (value.ValueKind == JsonValueKind.Number && format is { Length: > 0 } && value.TryGetDouble(out var number))
        {
            try
            {
                return number.ToString(format, CultureInfo.InvariantCulture);
            }
            catch (FormatException)
            {
            }
        }

        return value.GetRawText();
    }
}
