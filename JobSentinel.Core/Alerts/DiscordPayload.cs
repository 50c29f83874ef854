using System.Text;
using System.Text.Json.Nodes;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Discord webhook payload: a content line and one embed per posting, within Discord's limits
/// (10 embeds, title 256, description 4,096, field value 1,024, 6,000 characters over all embeds).
/// Posting text is markdown-escaped and mentions are disabled, so a posting cannot ping @everyone.
/// </summary>
public static class DiscordPayload
{
    public const int MaxEmbeds = 10;
    public const int TitleLimit = 256;
    public const int DescriptionLimit = 4096;
    public const int FieldValueLimit = 1024;
    public const int ContentLimit = 2000;
    public const int TotalEmbedLimit = 6000;

    private const string ScoreName = "Score";
    private const string ReasonsName = "Why it matches";
    private const string PostingName = "Posting";

    public static JsonObject Build(AlertMessage message)
    {
        var shown = message.Items.Take(MaxEmbeds).ToList();
        var more = AlertText.MoreCount(message, shown.Count);
        var content = new StringBuilder("**").Append(Escape(AlertText.Header(message))).Append("**");
        if (message.Kind == AlertMessageKind.Test)
        {
            content.Append('\n').Append(Escape(AlertText.TestIntro(message)));
        }

        if (more > 0)
        {
            content.Append('\n').Append(AlertText.MoreLine(more));
        }

        var embeds = new JsonArray();
        foreach (var item in shown)
        {
            embeds.Add(Embed(item, TotalEmbedLimit / shown.Count));
        }

        return new JsonObject
        {
            ["content"] = AlertText.Truncate(content.ToString(), ContentLimit),
            ["embeds"] = embeds,
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };
    }

    /// <summary>Backslash-escapes Discord markdown so posting text shows as written.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '(' or ')' or '<' or '>' or '#' or '@')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>One posting's embed, whose counted text (title, description, field names and values) stays within <paramref name="budget"/>.</summary>
    private static JsonObject Embed(AlertItem item, int budget)
    {
        var title = AlertText.Fit(item.Title, Math.Min(TitleLimit, budget / 4), Escape);
        var score = AlertText.Percent(item.Score);
        var posting = AlertText.IsWebUrl(item.JobUrl) ? $"[Open posting]({LinkUrl(item.JobUrl!)})" : null;
        if (posting is not null && posting.Length > budget / 4)
        {
            posting = null;
        }

        var left = budget - title.Length - ScoreName.Length - score.Length - ReasonsName.Length
            - (posting is null ? 0 : PostingName.Length + posting.Length);
        var description = Description(item, Math.Min(DescriptionLimit, left / 2));
        var reasons = AlertText.Fit(AlertText.Reasons(item), Math.Min(FieldValueLimit, left - description.Length), Escape);

        var fields = new JsonArray { Field(ScoreName, score, inline: true) };
        if (reasons.Length > 0)
        {
            fields.Add(Field(ReasonsName, reasons, inline: false));
        }

        if (posting is not null)
        {
            fields.Add(Field(PostingName, posting, inline: true));
        }

        var embed = new JsonObject { ["title"] = title };
        if (AlertText.IsWebUrl(item.ViewUrl))
        {
            embed["url"] = item.ViewUrl;
        }

        if (description.Length > 0)
        {
            embed["description"] = description;
        }

        embed["color"] = item.Score >= 0.9 ? 0x2EB67D : item.Score >= 0.7 ? 0xECB22E : 0x8D8D8D;
        embed["fields"] = fields;
        return embed;
    }

    /// <summary>"**Company** · Location" and the salary, each part escaped and cut to its share of <paramref name="max"/>.</summary>
    private static string Description(AlertItem item, int max)
    {
        // Bold markers, separator and line break take at most 8 characters.
        var share = Math.Max(0, (max - 8) / 3);
        var company = string.IsNullOrWhiteSpace(item.Company) ? "" : AlertText.Fit(item.Company, share, Escape);
        var where = string.Join(" · ", new[]
        {
            company.Length == 0 ? "" : $"**{company}**",
            string.IsNullOrWhiteSpace(item.Location) ? "" : AlertText.Fit(item.Location, share, Escape),
        }.Where(part => part.Length > 0));
        var salary = string.IsNullOrWhiteSpace(item.Salary) ? "" : AlertText.Fit(item.Salary, share, Escape);
        return string.Join('\n', new[] { where, salary }.Where(line => line.Length > 0));
    }

    // Parentheses and spaces would end the markdown link early.
    private static string LinkUrl(string url) => url.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20");

    private static JsonObject Field(string name, string value, bool inline) => new() { ["name"] = name, ["value"] = value, ["inline"] = inline };
}
