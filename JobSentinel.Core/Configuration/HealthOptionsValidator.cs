using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the health section by its full configuration name.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        const string s = HealthOptions.SectionName;
        List<string> errors = [];
        if (options.DiskDegradedPercent is <= 0 or > 100)
        {
            errors.Add($"{s}:DiskDegradedPercent must be in (0, 100].");
        }

        if (options.DiskUnhealthyPercent is <= 0 or > 100)
        {
            errors.Add($"{s}:DiskUnhealthyPercent must be in (0, 100].");
        }

        if (options.DiskUnhealthyPercent < options.DiskDegradedPercent)
        {
            errors.Add($"{s}:DiskUnhealthyPercent must not be below {s}:DiskDegradedPercent.");
        }

        if (options.MonitorIntervalSeconds is < 1 or > 3600)
        {
            errors.Add($"{s}:MonitorIntervalSeconds must be between 1 and 3600.");
        }

        if (options.StartupGraceSeconds is < 0 or > 600)
        {
            errors.Add($"{s}:StartupGraceSeconds must be between 0 and 600.");
        }

        if (options.PdfProbeMinutes is < 1 or > 1440)
        {
            errors.Add($"{s}:PdfProbeMinutes must be between 1 and 1440.");
        }

        if (options.PdfProbeDelaySeconds is < 0 or > 86400)
        {
            errors.Add($"{s}:PdfProbeDelaySeconds must be between 0 and 86400.");
        }

        if (options.WriteProbeSeconds is < 0 or > 3600)
        {
            errors.Add($"{s}:WriteProbeSeconds must be between 0 and 3600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
