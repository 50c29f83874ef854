using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the LLM section by its full configuration name; base URLs follow <see cref="UrlSafety"/>.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        const string s = LlmOptions.SectionName;
        List<string> errors = [];
        Check(options.Primary, $"{s}:Primary", errors);
        Check(options.Backup, $"{s}:Backup", errors);
        if (options.Backup.IsConfigured && !options.Primary.IsConfigured)
        {
            errors.Add($"{s}:Backup is set without {s}:Primary:BaseUrl.");
        }

        if (options.ProbeTimeoutSeconds is < 1 or > 60)
        {
            errors.Add($"{s}:ProbeTimeoutSeconds must be between 1 and 60.");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            errors.Add($"{s}:TimeoutSeconds must be between 1 and 600.");
        }

        if (options.MonthlyCostCapUsd < 0)
        {
            errors.Add($"{s}:MonthlyCostCapUsd must be 0 (no cap) or more.");
        }

        if (options.BreakerCoolDownMinutes is < 1 or > 1440)
        {
            errors.Add($"{s}:BreakerCoolDownMinutes must be between 1 and 1440.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(LlmProviderOptions provider, string key, List<string> errors)
    {
        if (provider.InputCostPer1M < 0 || provider.OutputCostPer1M < 0)
        {
            errors.Add($"{key}:InputCostPer1M and {key}:OutputCostPer1M must be 0 or more.");
        }

        if (!provider.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(provider.Model) || !string.IsNullOrWhiteSpace(provider.ApiKey))
            {
                errors.Add($"{key}:BaseUrl is required when {key}:Model or {key}:ApiKey is set.");
            }

            return;
        }

        if (UrlSafety.Check(provider.BaseUrl) is { } problem)
        {
            errors.Add($"{key}:BaseUrl {problem}");
        }

        if (string.IsNullOrWhiteSpace(provider.Model))
        {
            errors.Add($"{key}:Model is required when {key}:BaseUrl is set.");
        }
    }
}
