using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

public sealed class AlertsOptionsValidator : IValidateOptions<AlertsOptions>
{
    public ValidateOptionsResult Validate(string? name, AlertsOptions options)
    {
        List<string> failures = [];
        if (!Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            failures.Add($"{AlertsOptions.SectionName}:PublicUrl must be an absolute http(s) URL, e.g. https://jobs.example.com.");
        }

        if (options.BatchSize is < 1 or > 50)
        {
            failures.Add($"{AlertsOptions.SectionName}:BatchSize must be between 1 and 50.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"{AlertsOptions.SectionName}:MaxAttempts must be between 1 and 100.");
        }

        if (options.MaxBackoffSeconds is < 1 or > 86_400)
        {
            failures.Add($"{AlertsOptions.SectionName}:MaxBackoffSeconds must be between 1 and 86400.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
