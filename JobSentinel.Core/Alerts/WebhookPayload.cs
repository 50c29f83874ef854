using System.Text.Json.Nodes;

namespace JobSentinel.Core.Alerts;

/// <summary>The generic JSON webhook's body: every posting of the message, camelCase, times in UTC.</summary>
public static class WebhookPayload
{
    public static JsonObject Build(AlertMessage message, DateTimeOffset sentAt)
    {
        var jobs = new JsonArray();
        foreach (var item in message.Items)
        {
            jobs.Add(new JsonObject
            {
                ["id"] = item.JobId,
                ["title"] = item.Title,
                ["company"] = item.Company,
                ["location"] = item.Location,
                ["score"] = Math.Round(item.Score, 4),
                ["reasons"] = new JsonArray([.. item.Reasons.Select(reason => JsonValue.Create(reason))]),
                ["url"] = item.JobUrl,
                ["viewUrl"] = item.ViewUrl,
                ["salary"] = item.Salary,
            });
        }

        return new JsonObject
        {
            ["kind"] = EventName(message.Kind),
            ["channel"] = message.ChannelName,
            ["profile"] = message.ProfileName,
            ["moreCount"] = Math.Max(0, message.MoreCount),
            ["jobs"] = jobs,
            ["sentAt"] = sentAt.UtcDateTime,
        };
    }

    /// <summary>The kind as the payload and the <c>X-JobSentinel-Event</c> header name it: immediate, digest or test.</summary>
    public static string EventName(AlertMessageKind kind) => kind switch
    {
        AlertMessageKind.Immediate => "immediate",
        AlertMessageKind.Digest => "digest",
        AlertMessageKind.Test => "test",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
