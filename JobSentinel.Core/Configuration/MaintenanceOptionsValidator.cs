using JobSentinel.Core.Operations;
using JobSentinel.Core.Sources;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the maintenance section by its full configuration name.</summary>
public sealed class MaintenanceOptionsValidator : IValidateOptions<MaintenanceOptions>
{
    public ValidateOptionsResult Validate(string? name, MaintenanceOptions options)
    {
        List<string> errors = [];
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            errors.Add($"{MaintenanceOptions.SectionName}:TimeZone '{options.TimeZone}' is not a known time zone (e.g. UTC, Europe/Berlin).");
        }

        if (!string.IsNullOrWhiteSpace(options.Window) && MaintenanceWindow.Parse(options.Window, TimeZoneInfo.Utc).Error is { } problem)
        {
            errors.Add($"{MaintenanceOptions.SectionName}:Window '{options.Window}' {problem}");
        }

        if (!string.IsNullOrWhiteSpace(options.DatabaseSchedule) && CronSchedule.Check(options.DatabaseSchedule) is { } cron)
        {
            errors.Add($"{MaintenanceOptions.SectionName}:DatabaseSchedule '{options.DatabaseSchedule}' {cron}");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
