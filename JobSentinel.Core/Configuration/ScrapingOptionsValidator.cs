using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the scraping section by its full configuration name.</summary>
public sealed class ScrapingOptionsValidator : IValidateOptions<ScrapingOptions>
{
    public ValidateOptionsResult Validate(string? name, ScrapingOptions options)
    {
        const string s = ScrapingOptions.SectionName;
        List<string> errors = [];
        Check(errors, options.MaxConcurrentRuns is >= 1 and <= 100, $"{s}:MaxConcurrentRuns must be between 1 and 100.");
        Check(errors, options.RequestsPerSecondPerHost is > 0 and <= 1000, $"{s}:RequestsPerSecondPerHost must be above 0 and at most 1000.");
        Check(errors, options.RequestTimeoutSeconds is >= 1 and <= 600, $"{s}:RequestTimeoutSeconds must be between 1 and 600.");
        Check(errors, options.MaxRetries is >= 0 and <= 10, $"{s}:MaxRetries must be between 0 and 10.");
        Check(errors, options.MaxRetryAfterSeconds is >= 0 and <= 3600, $"{s}:MaxRetryAfterSeconds must be between 0 and 3600.");
        Check(errors, options.RunTimeoutMinutes is >= 1 and <= 24 * 60, $"{s}:RunTimeoutMinutes must be between 1 and 1440.");
        Check(errors, options.CircuitFailureThreshold is >= 1 and <= 100, $"{s}:CircuitFailureThreshold must be between 1 and 100.");
        Check(errors, options.CircuitCoolDownMinutes is >= 0 and <= 24 * 60, $"{s}:CircuitCoolDownMinutes must be between 0 and 1440.");
        Check(errors, options.CloseAfterMissedRuns is >= 1 and <= 100, $"{s}:CloseAfterMissedRuns must be between 1 and 100.");
        Check(errors, !string.IsNullOrWhiteSpace(options.UserAgent), $"{s}:UserAgent must not be empty.");
        Check(errors, options.ContactEmail is null or "" || options.ContactEmail.Contains('@', StringComparison.Ordinal),
            $"{s}:ContactEmail must be an e-mail address.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(List<string> errors, bool valid, string message)
    {
        if (!valid)
        {
            errors.Add(message);
        }
    }
}
