namespace JobSentinel.Core.Configuration;

/// <summary>
/// OpenAI-compatible LLM providers (section <c>JobSentinel:Llm</c>): a primary and an optional backup.
/// Neither configured means the LLM features are off, which is healthy.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "JobSentinel:Llm";

    public LlmProviderOptions Primary { get; set; } = new();

    public LlmProviderOptions Backup { get; set; } = new();

    /// <summary>How long the health probe waits for <c>GET {BaseUrl}/models</c>.</summary>
    public int ProbeTimeoutSeconds { get; set; } = 5;
}

/// <summary>One OpenAI-compatible endpoint. The API key is a secret: it is never logged nor shown.</summary>
public sealed class LlmProviderOptions
{
    /// <summary>The API root the OpenAI paths hang off, e.g. <c>https://api.openai.com/v1</c> or <c>http://127.0.0.1:11434/v1</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    // Options objects end up in debugger views and log scopes: never with the key.
    public override string ToString() => $"{BaseUrl} ({Model}), API key {(string.IsNullOrEmpty(ApiKey) ? "not set" : "set")}";
}
