namespace JobSentinel.Core.Pipeline;

/// <summary>The company cache: what was learned about a company, reused by runs until it expires or is cleared.</summary>
public sealed class CompanyResearch
{
    public long Id { get; set; }

    /// <summary>Normalised company name (lower case, legal suffixes removed): the cache key.</summary>
    public required string CompanyKey { get; set; }

    public required string Company { get; set; }

    /// <summary>The research as JSON (open roles, locations, departments, technologies, salary range, summary).</summary>
    public string DataJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
