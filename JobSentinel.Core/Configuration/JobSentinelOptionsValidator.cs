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
