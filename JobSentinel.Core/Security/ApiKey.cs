namespace JobSentinel.Core.Security;

/// <summary>An API key; only its SHA-256 hash is stored.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, enough to recognise it in a list.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
