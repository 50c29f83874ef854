using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports an invalid log retention by its full configuration name.</summary>
public sealed class LoggingOptionsValidator : IValidateOptions<LoggingOptions>
{
    public const int MaxRetentionDays = 3650;

    public ValidateOptionsResult Validate(string? name, LoggingOptions options) =>
        options.RetentionDays is < 1 or > MaxRetentionDays
            ? ValidateOptionsResult.Fail($"{LoggingOptions.SectionName}:RetentionDays must be between 1 and {MaxRetentionDays}.")
            : ValidateOptionsResult.Success;
}
