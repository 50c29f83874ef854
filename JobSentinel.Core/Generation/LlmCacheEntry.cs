namespace JobSentinel.Core.Generation;

/// <summary>A cached LLM answer, keyed by the SHA-256 of model and messages.</summary>
public sealed class LlmCacheEntry
{
    public required string Key { get; set; }

    public required string Response { get; set; }

    public string? Model { get; set; }

    public int PromptTokens { get; set; }

    public int CompletionTokens { get; set; }

    public DateTime CreatedAt { get; set; }
}
