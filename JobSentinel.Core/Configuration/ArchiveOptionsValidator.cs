using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the archive section by its full configuration name.</summary>
public sealed class ArchiveOptionsValidator : IValidateOptions<ArchiveOptions>
{
    public ValidateOptionsResult Validate(string? name, ArchiveOptions options)
    {
        List<string> errors = [];
        if (options.OlderThanDays is < 0 or > 36500)
        {
            errors.Add($"{ArchiveOptions.SectionName}:OlderThanDays must be between 0 (off) and 36500.");
        }

        if ((options.OlderThanDays != 0 || !string.IsNullOrWhiteSpace(options.Schedule)) && CronSchedule.Check(options.Schedule) is { } problem)
        {
            errors.Add($"{ArchiveOptions.SectionName}:Schedule '{options.Schedule}' {problem}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
