using System.Text.Json.Nodes;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Microsoft Teams payload (incoming webhook or Workflows "post to a channel"): a message with one
/// Adaptive Card 1.4. One posting gets card-level buttons; several get a container with buttons each.
/// </summary>
public static class TeamsPayload
{
    public const int MaxItems = 10;

    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Build(AlertMessage message)
    {
        var shown = message.Items.Take(MaxItems).ToList();
        var more = AlertText.MoreCount(message, shown.Count);
        var body = new JsonArray
        {
            TextBlock(AlertText.Header(message), size: "Large", weight: "Bolder"),
        };
        if (message.Kind == AlertMessageKind.Test)
        {
            body.Add(TextBlock(AlertText.TestIntro(message), subtle: true));
        }
        else if (message.Kind == AlertMessageKind.Digest)
        {
            body.Add(TextBlock("Profile: " + message.ProfileName, subtle: true));
        }

        var single = shown.Count == 1;
        foreach (var item in shown)
        {
            body.Add(Posting(item, withButtons: !single));
        }

        if (more > 0)
        {
            body.Add(TextBlock(AlertText.MoreLine(more), subtle: true));
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
            ["actions"] = single ? Buttons(shown[0]) : new JsonArray(),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = CardContentType, ["contentUrl"] = null, ["content"] = card },
            },
        };
    }

    private static JsonObject Posting(AlertItem item, bool withButtons)
    {
        var facts = new JsonArray();
        AddFact(facts, "Company", item.Company);
        AddFact(facts, "Location", item.Location);
        AddFact(facts, "Salary", item.Salary);
        AddFact(facts, "Score", AlertText.Percent(item.Score));
        AddFact(facts, "Why", AlertText.Reasons(item));
        var items = new JsonArray
        {
            TextBlock(AlertText.Truncate(item.Title, 300), size: "Medium", weight: "Bolder"),
            new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
        };
        if (withButtons)
        {
            items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = Buttons(item) });
        }

        var container = new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
        if (AlertText.IsWebUrl(item.ViewUrl))
        {
            container["selectAction"] = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "View job", ["url"] = item.ViewUrl };
        }

        return container;
    }

    private static JsonArray Buttons(AlertItem item)
    {
        var buttons = new JsonArray();
        if (AlertText.IsWebUrl(item.ViewUrl))
        {
            buttons.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "View job", ["url"] = item.ViewUrl });
        }

        if (AlertText.IsWebUrl(item.JobUrl))
        {
            buttons.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open posting", ["url"] = item.JobUrl });
        }

        return buttons;
    }

    private static void AddFact(JsonArray facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add(new JsonObject { ["title"] = title, ["value"] = AlertText.Truncate(value, 300) });
        }
    }

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}
