namespace JobSentinel.Core.Contacts;

/// <summary>An outreach message to a contact, optionally about a posting. Never sent unless approved first.</summary>
public sealed class OutreachMessage
{
    public long Id { get; set; }

    public long ContactId { get; set; }

    public long? JobId { get; set; }

    /// <summary>The pipeline run that drafted it, if any.</summary>
    public long? RunId { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>0–100: length, personalisation, a specific ask, no clichés.</summary>
    public int QualityScore { get; set; }

    /// <summary>JSON of the score's parts and the reasons points were lost.</summary>
    public string QualityJson { get; set; } = "{}";

    public MessageStatus Status { get; set; }

    public string? Provider { get; set; }

    public string? RejectReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public DateTime? SentAt { get; set; }
}
