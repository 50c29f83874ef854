namespace JobSentinel.Core.Generation;

/// <summary>One request to an LLM provider (or answered from the cache): the basis of the monthly cost cap and cost metrics.</summary>
public sealed class LlmCall
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>What the text was for, e.g. "tailoredCv", "coverLetter", "outreach".</summary>
    public required string Purpose { get; set; }

    /// <summary>"primary", "backup" or "cache".</summary>
    public required string Provider { get; set; }

    public string? Model { get; set; }

    public int PromptTokens { get; set; }

    public int CompletionTokens { get; set; }

    public double CostUsd { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }

    public long DurationMs { get; set; }
}
