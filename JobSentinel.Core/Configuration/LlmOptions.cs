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

    /// <summary>How long one chat completion may take before the provider counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>No LLM call once this month's (UTC) spend reaches it; 0 = no cap.</summary>
    public double MonthlyCostCapUsd { get; set; }

    /// <summary>Replace emails, phone numbers and URLs by placeholders before anything is sent.</summary>
    public bool RedactContactDetails { get; set; } = true;

    /// <summary>How long a provider's circuit stays open (after 3 failures in a row) before one trial call.</summary>
    public int BreakerCoolDownMinutes { get; set; } = 5;
}

/// <summary>One OpenAI-compatible endpoint. The API key is a secret: it is never logged nor shown.</summary>
public sealed class LlmProviderOptions
{
    /// <summary>The API root the OpenAI paths hang off, e.g. <c>https://api.openai.com/v1</c> or <c>http://127.0.0.1:11434/v1</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>US dollars per million prompt tokens (0: free or unknown).</summary>
    public double InputCostPer1M { get; set; }

    /// <summary>US dollars per million completion tokens.</summary>
    public double OutputCostPer1M { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl);

    // Options objects end up in debugger views and log scopes: never with the key.
    public override string ToString() => $"{BaseUrl} ({Model}), API key {(string.IsNullOrEmpty(ApiKey) ? "not set" : "set")}";
}
