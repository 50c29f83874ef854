using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the uploads and evaluations sections by its full configuration name.</summary>
public sealed class ResumeOptionsValidator : IValidateOptions<UploadsOptions>, IValidateOptions<EvaluationsOptions>
{
    public ValidateOptionsResult Validate(string? name, UploadsOptions options)
    {
        List<string> errors = [];
        if (options.MaxBytes is < 1024 or > 200L * 1024 * 1024)
        {
            errors.Add($"{UploadsOptions.SectionName}:MaxBytes must be between 1024 and 209715200 (200 MB).");
        }

        if (options.MaxUnpackedBytes < options.MaxBytes)
        {
            errors.Add($"{UploadsOptions.SectionName}:MaxUnpackedBytes must be at least MaxBytes.");
        }

        if (options.RetentionDays is < 0 or > 3650)
        {
            errors.Add($"{UploadsOptions.SectionName}:RetentionDays must be between 0 (keep files forever) and 3650.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public ValidateOptionsResult Validate(string? name, EvaluationsOptions options) =>
        options.StuckAfterMinutes is >= 1 and <= 1440
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{EvaluationsOptions.SectionName}:StuckAfterMinutes must be between 1 and 1440.");
}
