using System.Globalization;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;
using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Generation;

/// <summary>A provider as the API and the Settings page show it: the key never, only whether one is set (masked).</summary>
public sealed record LlmProviderView(string? BaseUrl, string? Model, string? ApiKey, double InputCostPer1M, double OutputCostPer1M, bool Configured);

/// <summary>The editable LLM settings as shown (<c>GET /api/v1/admin/llm</c>).</summary>
public sealed record LlmSettingsView(
    LlmProviderView Primary, LlmProviderView Backup, int TimeoutSeconds, double MonthlyCostCapUsd, bool RedactContactDetails, int BreakerCoolDownMinutes);

/// <summary>A change to one provider; null fields keep their value, "" clears a text field, the mask keeps the key.</summary>
public sealed record LlmProviderUpdate(string? BaseUrl = null, string? Model = null, string? ApiKey = null, double? InputCostPer1M = null, double? OutputCostPer1M = null);

/// <summary>A change to the LLM settings (<c>PUT /api/v1/admin/llm</c>); null fields keep their value.</summary>
public sealed record LlmSettingsUpdate(
    LlmProviderUpdate? Primary = null,
    LlmProviderUpdate? Backup = null,
    int? TimeoutSeconds = null,
    double? MonthlyCostCapUsd = null,
    bool? RedactContactDetails = null,
    int? BreakerCoolDownMinutes = null);

/// <summary>
/// The LLM settings the user edits in the app, stored in the settings table over configuration <c>JobSentinel:Llm</c>.
/// API keys are encrypted at rest with <see cref="ISecretProtector"/> and write-only; every change is audited.
/// </summary>
public sealed class LlmSettingsService(
    SettingsStore settings,
    ISecretProtector protector,
    IOptionsMonitor<LlmOptions> options,
    AuditLog audit,
    LlmCircuitBreakers breakers)
{
    public const string SettingKey = "llm";
    public const string Mask = SourceOptionsCodec.Mask;

    /// <summary>The effective settings: configuration, then the stored changes on top.</summary>
    public async Task<LlmSettings> GetAsync(CancellationToken cancellationToken = default) =>
        Effective(await LoadAsync(cancellationToken));

    public async Task<LlmSettingsView> GetViewAsync(CancellationToken cancellationToken = default) => ToView(await GetAsync(cancellationToken));

    /// <summary>Validates and stores the change; answers field errors (camelCase paths) and changes nothing when there are any.</summary>
    public async Task<Dictionary<string, string[]>> UpdateAsync(LlmSettingsUpdate update, string? actor, string? remoteIp, CancellationToken cancellationToken = default)
    {
        var stored = await LoadAsync(cancellationToken);
        var before = Effective(stored);
        stored.Primary = Apply(stored.Primary, update.Primary);
        stored.Backup = Apply(stored.Backup, update.Backup);
        stored.TimeoutSeconds = update.TimeoutSeconds ?? stored.TimeoutSeconds;
        stored.MonthlyCostCapUsd = update.MonthlyCostCapUsd ?? stored.MonthlyCostCapUsd;
        stored.RedactContactDetails = update.RedactContactDetails ?? stored.RedactContactDetails;
        stored.BreakerCoolDownMinutes = update.BreakerCoolDownMinutes ?? stored.BreakerCoolDownMinutes;
        var after = Effective(stored);
        var errors = Validate(after);
        if (errors.Count > 0)
        {
            return errors;
        }

        var changes = Describe(before, after);
        if (changes.Count == 0)
        {
            return errors;
        }

        await settings.SetAsync(SettingKey, stored, cancellationToken);
        if (before.Primary != after.Primary)
        {
            breakers.Primary.Reset();
        }

        if (before.Backup != after.Backup)
        {
            breakers.Backup.Reset();
        }

        await audit.WriteAsync(AuditKinds.SettingChanged, actor, remoteIp, "LLM settings: " + string.Join("; ", changes), cancellationToken);
        return errors;
    }

    public static LlmSettingsView ToView(LlmSettings settings) => new(
        View(settings.Primary), View(settings.Backup), settings.TimeoutSeconds, settings.MonthlyCostCapUsd, settings.RedactContactDetails,
        settings.BreakerCoolDownMinutes);

    private static LlmProviderView View(LlmProviderSettings provider) => new(
        provider.BaseUrl, provider.Model, string.IsNullOrEmpty(provider.ApiKey) ? null : Mask, provider.InputCostPer1M, provider.OutputCostPer1M,
        provider.IsConfigured);

    private static Dictionary<string, string[]> Validate(LlmSettings settings)
    {
        Dictionary<string, string[]> errors = [];
        ValidateProvider(settings.Primary, "primary", errors);
        ValidateProvider(settings.Backup, "backup", errors);
        if (settings.Backup.IsConfigured && !settings.Primary.IsConfigured && !errors.ContainsKey("primary.baseUrl"))
        {
            errors["backup.baseUrl"] = ["A backup provider needs a primary provider: set the primary first."];
        }

        if (settings.TimeoutSeconds is < 1 or > 600)
        {
            errors["timeoutSeconds"] = ["The timeout must be between 1 and 600 seconds."];
        }

        if (settings.MonthlyCostCapUsd is < 0 or > 1_000_000 || double.IsNaN(settings.MonthlyCostCapUsd))
        {
            errors["monthlyCostCapUsd"] = ["The monthly cost cap must be between 0 (no cap) and 1,000,000 USD."];
        }

        if (settings.BreakerCoolDownMinutes is < 1 or > 1440)
        {
            errors["breakerCoolDownMinutes"] = ["The circuit breaker cool-down must be between 1 and 1440 minutes."];
        }

        return errors;
    }

    private static void ValidateProvider(LlmProviderSettings provider, string name, Dictionary<string, string[]> errors)
    {
        var hasUrl = !string.IsNullOrWhiteSpace(provider.BaseUrl);
        if (hasUrl && UrlSafety.Check(provider.BaseUrl) is { } problem)
        {
            errors[$"{name}.baseUrl"] = [$"The base URL {problem}"];
        }

        if (hasUrl && string.IsNullOrWhiteSpace(provider.Model))
        {
            errors[$"{name}.model"] = ["A model is required when a base URL is set."];
        }

        if (!hasUrl && (!string.IsNullOrWhiteSpace(provider.Model) || !string.IsNullOrEmpty(provider.ApiKey)))
        {
            errors[$"{name}.baseUrl"] = ["A base URL is required when a model or an API key is set."];
        }

        if (provider.Model is { Length: > 200 })
        {
            errors[$"{name}.model"] = ["The model name must be at most 200 characters."];
        }

        foreach (var (field, value) in new[] { ("inputCostPer1M", provider.InputCostPer1M), ("outputCostPer1M", provider.OutputCostPer1M) })
        {
            if (value is < 0 or > 10_000 || double.IsNaN(value))
            {
                errors[$"{name}.{field}"] = ["The price per million tokens must be between 0 and 10,000 USD."];
            }
        }
    }

    private static List<string> Describe(LlmSettings before, LlmSettings after)
    {
        List<string> changes = [];
        DescribeProvider("primary", before.Primary, after.Primary, changes);
        DescribeProvider("backup", before.Backup, after.Backup, changes);
        Compare("timeoutSeconds", before.TimeoutSeconds, after.TimeoutSeconds, changes);
        Compare("monthlyCostCapUsd", before.MonthlyCostCapUsd, after.MonthlyCostCapUsd, changes);
        Compare("redactContactDetails", before.RedactContactDetails, after.RedactContactDetails, changes);
        Compare("breakerCoolDownMinutes", before.BreakerCoolDownMinutes, after.BreakerCoolDownMinutes, changes);
        return changes;
    }

    private static void DescribeProvider(string name, LlmProviderSettings before, LlmProviderSettings after, List<string> changes)
    {
        Compare($"{name}.baseUrl", before.BaseUrl ?? "", after.BaseUrl ?? "", changes);
        Compare($"{name}.model", before.Model ?? "", after.Model ?? "", changes);
        if (before.ApiKey != after.ApiKey)
        {
            // The key itself never reaches the audit trail.
            changes.Add(string.IsNullOrEmpty(after.ApiKey) ? $"{name}.apiKey cleared" : $"{name}.apiKey changed");
        }

        Compare($"{name}.inputCostPer1M", before.InputCostPer1M, after.InputCostPer1M, changes);
        Compare($"{name}.outputCostPer1M", before.OutputCostPer1M, after.OutputCostPer1M, changes);
    }

    private static void Compare<T>(string field, T before, T after, List<string> changes)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field}: {Show(before)} → {Show(after)}"));
        }
    }

    private static string Show<T>(T value) => value switch
    {
        string { Length: 0 } => "(none)",
        bool b => b ? "on" : "off",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? "(none)",
    };

    private LlmSettings Effective(Stored stored)
    {
        var config = options.CurrentValue;
        return new LlmSettings(
            Provider(config.Primary, stored.Primary),
            Provider(config.Backup, stored.Backup),
            stored.TimeoutSeconds ?? config.TimeoutSeconds,
            stored.MonthlyCostCapUsd ?? config.MonthlyCostCapUsd,
            stored.RedactContactDetails ?? config.RedactContactDetails,
            stored.BreakerCoolDownMinutes ?? config.BreakerCoolDownMinutes);
    }

    private LlmProviderSettings Provider(LlmProviderOptions config, StoredProvider? stored)
    {
        var apiKey = stored?.ApiKeyProtected switch
        {
            null => config.ApiKey,
            "" => null,
            var protectedKey => protector.Unprotect(protectedKey),
        };
        return new LlmProviderSettings(
            Blank(stored?.BaseUrl ?? config.BaseUrl),
            Blank(stored?.Model ?? config.Model),
            Blank(apiKey),
            stored?.InputCostPer1M ?? config.InputCostPer1M,
            stored?.OutputCostPer1M ?? config.OutputCostPer1M);
    }

    private StoredProvider? Apply(StoredProvider? stored, LlmProviderUpdate? update)
    {
        if (update is null)
        {
            return stored;
        }

        var result = stored ?? new StoredProvider();
        result.BaseUrl = update.BaseUrl?.Trim() ?? result.BaseUrl;
        result.Model = update.Model?.Trim() ?? result.Model;
        if (update.ApiKey is not null && update.ApiKey != Mask)
        {
            result.ApiKeyProtected = update.ApiKey.Trim() is { Length: > 0 } key ? protector.Protect(key) : "";
        }

        result.InputCostPer1M = update.InputCostPer1M ?? result.InputCostPer1M;
        result.OutputCostPer1M = update.OutputCostPer1M ?? result.OutputCostPer1M;
        return result;
    }

    private async Task<Stored> LoadAsync(CancellationToken cancellationToken) =>
        await settings.GetAsync<Stored>(SettingKey, null, cancellationToken) ?? new Stored();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Null fields fall through to configuration; "" for a text field means cleared in the app.
    private sealed class StoredProvider
    {
        public string? BaseUrl { get; set; }

        public string? Model { get; set; }

        public string? ApiKeyProtected { get; set; }

        public double? InputCostPer1M { get; set; }

        public double? OutputCostPer1M { get; set; }
    }

    private sealed class Stored
    {
        public StoredProvider? Primary { get; set; }

        public StoredProvider? Backup { get; set; }

        public int? TimeoutSeconds { get; set; }

        public double? MonthlyCostCapUsd { get; set; }

        public bool? RedactContactDetails { get; set; }

        public int? BreakerCoolDownMinutes { get; set; }
    }
}
