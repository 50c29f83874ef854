namespace JobSentinel.Core.Contacts;

/// <summary>A person to reach out to. Deleting a contact deletes its messages.</summary>
public sealed class Contact
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public string? Company { get; set; }

    public string? Role { get; set; }

    public string? Email { get; set; }

    /// <summary>JSON list of URLs (LinkedIn, GitHub, personal site).</summary>
    public string LinksJson { get; set; } = "[]";

    public string? Notes { get; set; }

    /// <summary>"manual", "csv" or "discovered".</summary>
    public string Source { get; set; } = "manual";

    /// <summary>The posting a discovered contact was found in.</summary>
    public long? SourceJobId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
