using System.Text.Json;

namespace JobSentinel.Core.Contacts;

/// <summary>An outreach message as the API answers it (SPEC §7), with the parts and reasons of its quality score.</summary>
public sealed record MessageView(
    long Id,
    long ContactId,
    long? JobId,
    long? RunId,
    string Subject,
    string Body,
    int QualityScore,
    MessageQuality? Quality,
    MessageStatus Status,
    string? Provider,
    string? RejectReason,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ApprovedAt,
    DateTime? SentAt)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MessageView Of(OutreachMessage message) => new(
        message.Id, message.ContactId, message.JobId, message.RunId, message.Subject, message.Body, message.QualityScore,
        ReadQuality(message.QualityJson), message.Status, message.Provider, message.RejectReason, message.CreatedAt, message.UpdatedAt,
        message.ApprovedAt, message.SentAt);

    private static MessageQuality? ReadQuality(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<MessageQuality>(json, Json) is { Parts: not null } quality ? quality : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The subject and body of a message as the API takes them; fields left out keep their value.</summary>
public sealed record MessageEdit(string? Subject, string? Body);

/// <summary>What drafting a message produced: the message, or what was missing; and what the LLM cost (zero for the template).</summary>
public sealed record DraftOutcome(MessageView? Message, string? Missing, int Tokens, double CostUsd, string? FallbackReason, string Sent)
{
    public static DraftOutcome NotFound(string what) => new(null, what, 0, 0, null, "");
}

/// <summary>The result of a state change: the message, or not found, or the conflict to report.</summary>
public sealed record MessageChange(MessageView? Message, bool NotFound, string? Conflict, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static MessageChange Missing { get; } = new(null, true, null);
}
