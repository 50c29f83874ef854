using System.Text.Json.Nodes;

namespace JobSentinel.Core.Alerts;

/// <summary>Slack incoming-webhook payload: Block Kit blocks plus a plain <c>text</c> fallback for notifications.</summary>
public static class SlackPayload
{
    /// <summary>Postings shown in one message; with three blocks each this stays well under Slack's 50 blocks.</summary>
    public const int MaxItems = 10;

    private const int HeaderLimit = 150;
    private const int SectionLimit = 3000;
    private const int UrlLimit = 3000;

    public static JsonObject Build(AlertMessage message)
    {
        var shown = message.Items.Take(MaxItems).ToList();
        var more = AlertText.MoreCount(message, shown.Count);
        var blocks = new JsonArray { Header(AlertText.Header(message)) };
        if (message.Kind == AlertMessageKind.Test)
        {
            blocks.Add(Context(Escape(AlertText.TestIntro(message))));
        }
        else if (message.Kind == AlertMessageKind.Digest)
        {
            blocks.Add(Context("Profile: " + Escape(message.ProfileName)));
        }

        foreach (var item in shown)
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
            blocks.Add(Section(item));
            if (Actions(item) is { } actions)
            {
                blocks.Add(actions);
            }
        }

        if (more > 0)
        {
            blocks.Add(Context(AlertText.MoreLine(more)));
        }

        return new JsonObject { ["text"] = Fallback(message, shown), ["blocks"] = blocks };
    }

    /// <summary>Slack's mrkdwn escaping: only &amp;, &lt; and &gt; are control characters.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = AlertText.Truncate(text, HeaderLimit), ["emoji"] = true },
    };

    private static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray { new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn } },
    };

    private static JsonObject Section(AlertItem item)
    {
        var title = AlertText.Fit(item.Title, 250, Escape);
        var lines = new List<string>
        {
            AlertText.IsWebUrl(item.ViewUrl) && LinkUrl(item.ViewUrl).Length <= 1000 ? $"*<{LinkUrl(item.ViewUrl)}|{title}>*" : $"*{title}*",
        };
        if (AlertText.CompanyAndLocation(item) is { Length: > 0 } where)
        {
            lines.Add(AlertText.Fit(where, 300, Escape));
        }

        if (!string.IsNullOrWhiteSpace(item.Salary))
        {
            lines.Add(":moneybag: " + AlertText.Fit(item.Salary, 150, Escape));
        }

        var score = "*Score:* " + AlertText.Percent(item.Score);
        if (AlertText.Reasons(item) is { Length: > 0 } reasons)
        {
            score += " · " + AlertText.Fit(reasons, 300, Escape);
        }

        lines.Add(score);
        return new JsonObject
        {
            ["type"] = "section",
            // The parts' limits keep the text under Slack's 3,000 characters; the cut is only a guard.
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = AlertText.Truncate(string.Join('\n', lines), SectionLimit) },
        };
    }

    private static JsonObject? Actions(AlertItem item)
    {
        var buttons = new JsonArray();
        if (AlertText.IsWebUrl(item.ViewUrl) && item.ViewUrl.Length <= UrlLimit)
        {
            buttons.Add(Button("View job", item.ViewUrl, $"view-job-{item.JobId}", primary: true));
        }

        if (AlertText.IsWebUrl(item.JobUrl) && item.JobUrl!.Length <= UrlLimit)
        {
            buttons.Add(Button("Open posting", item.JobUrl, $"open-posting-{item.JobId}", primary: false));
        }

        return buttons.Count == 0 ? null : new JsonObject { ["type"] = "actions", ["elements"] = buttons };
    }

    private static JsonObject Button(string text, string url, string actionId, bool primary)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = text },
            ["url"] = url,
            ["action_id"] = actionId,
        };
        if (primary)
        {
            button["style"] = "primary";
        }

        return button;
    }

    // Inside <url|text> the URL must not contain the delimiters themselves.
    private static string LinkUrl(string url) => url.Replace("&", "&amp;").Replace("<", "%3C").Replace(">", "%3E").Replace("|", "%7C");

    private static string Fallback(AlertMessage message, IReadOnlyList<AlertItem> shown)
    {
        var header = AlertText.Header(message);
        var text = shown.Count == 0
            ? header
            : $"{header}: {string.Join(", ", shown.Take(3).Select(item => $"{item.Title} at {item.Company} ({AlertText.Percent(item.Score)})"))}";
        return AlertText.Fit(text, 1000, Escape);
    }
}
