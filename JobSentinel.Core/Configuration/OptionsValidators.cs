using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the root section by its full configuration name.</summary>
public sealed class JobSentinelOptionsValidator : IValidateOptions<JobSentinelOptions>
{
    public ValidateOptionsResult Validate(string? name, JobSentinelOptions options)
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add($"{JobSentinelOptions.SectionName}:DataDirectory must name a folder.");
        }
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            errors.Add($"{JobSentinelOptions.SectionName}:DataDirectory contains characters that are not allowed in a path.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>Reports every invalid key of the security section by its full configuration name.</summary>
public sealed class SecurityOptionsValidator : IValidateOptions<SecurityOptions>
{
    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        const string s = SecurityOptions.SectionName;
        List<string> errors = [];
        // Short values are allowed (automation picks them) but logged as a warning at startup.
        if (options.AdminPassword is { } password && password.Length > 0 && string.IsNullOrWhiteSpace(password))
        {
            errors.Add($"{s}:AdminPassword must not be only whitespace.");
        }

        if (options.BootstrapApiKey is { Length: > 0 } key && (key.Any(char.IsWhiteSpace) || key.Length > 256))
        {
            errors.Add($"{s}:BootstrapApiKey must be at most 256 characters without spaces.");
        }

        if (options.LoginAttemptsPerMinute < 1)
        {
            errors.Add($"{s}:LoginAttemptsPerMinute must be at least 1.");
        }

        if (options.ApiRequestsPerMinute < 1)
        {
            errors.Add($"{s}:ApiRequestsPerMinute must be at least 1.");
        }

        if (options.SessionHours is < 1 or > 24 * 30)
        {
            errors.Add($"{s}:SessionHours must be between 1 and 720.");
        }

        if (options.MinimumPasswordLength is < 8 or > 128)
        {
            errors.Add($"{s}:MinimumPasswordLength must be between 8 and 128.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

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

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
