namespace JobSentinel.Core.Generation;

/// <summary>One OpenAI-compatible provider as the gateway uses it (the key in plain text: never logged nor shown).</summary>
public sealed record LlmProviderSettings(string? BaseUrl, string? Model, string? ApiKey, double InputCostPer1M, double OutputCostPer1M)
{
    public static LlmProviderSettings None { get; } = new(null, null, null, 0, 0);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(BaseUrl) && !string.IsNullOrWhiteSpace(Model);

    /// <summary>The cost of a call, from the per-million-token prices.</summary>
    public double CostOf(int promptTokens, int completionTokens) =>
        Math.Round(((promptTokens * InputCostPer1M) + (completionTokens * OutputCostPer1M)) / 1_000_000d, 8);

    public override string ToString() => $"{BaseUrl} ({Model}), API key {(string.IsNullOrEmpty(ApiKey) ? "not set" : "set")}";
}

/// <summary>
/// The effective LLM settings: configuration (<c>JobSentinel:Llm</c>) with what the user changed in the app on top.
/// Computed in one place, <see cref="LlmSettingsService.GetAsync"/>.
/// </summary>
/// <param name="MonthlyCostCapUsd">0 = no cap.</param>
public sealed record LlmSettings(
    LlmProviderSettings Primary,
    LlmProviderSettings Backup,
    int TimeoutSeconds,
    double MonthlyCostCapUsd,
    bool RedactContactDetails,
    int BreakerCoolDownMinutes)
{
    public bool AnyConfigured => Primary.IsConfigured || Backup.IsConfigured;

    /// <summary>The configured providers in the order they are tried.</summary>
    public IEnumerable<(string Role, LlmProviderSettings Provider)> Providers()
    {
        if (Primary.IsConfigured)
        {
            yield return (LlmRoles.Primary, Primary);
        }

        if (Backup.IsConfigured)
        {
            yield return (LlmRoles.Backup, Backup);
        }
    }
}

/// <summary>The names providers go by in <see cref="LlmCall.Provider"/>, breakers and outcomes.</summary>
public static class LlmRoles
{
    public const string Primary = "primary";
    public const string Backup = "backup";
    public const string Cache = "cache";
}
