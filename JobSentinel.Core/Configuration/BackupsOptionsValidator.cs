using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the backups section by its full configuration name.</summary>
public sealed class BackupsOptionsValidator : IValidateOptions<BackupsOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupsOptions options)
    {
        List<string> errors = [];
        if (!string.IsNullOrWhiteSpace(options.Schedule) && CronSchedule.Check(options.Schedule) is { } problem)
        {
            errors.Add($"{BackupsOptions.SectionName}:Schedule '{options.Schedule}' {problem}");
        }

        if (options.Retention is < 1 or > 1000)
        {
            errors.Add($"{BackupsOptions.SectionName}:Retention must be between 1 and 1000.");
        }

        if (!string.IsNullOrWhiteSpace(options.CopyTo) && !Path.IsPathFullyQualified(options.CopyTo))
        {
            errors.Add($"{BackupsOptions.SectionName}:CopyTo '{options.CopyTo}' must be an absolute folder path.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
