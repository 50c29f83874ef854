using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the browser section by its full configuration name.</summary>
public sealed class BrowserOptionsValidator : IValidateOptions<BrowserOptions>
{
    public ValidateOptionsResult Validate(string? name, BrowserOptions options)
    {
        List<string> errors = [];
        if (string.IsNullOrWhiteSpace(options.ExecutablePath))
        {
            errors.Add($"{BrowserOptions.SectionName}:ExecutablePath must name the Chromium executable.");
        }

        if (options.NavigationTimeoutSeconds is < 1 or > 600)
        {
            errors.Add($"{BrowserOptions.SectionName}:NavigationTimeoutSeconds must be between 1 and 600.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
