using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

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
