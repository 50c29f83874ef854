using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Pipeline;

/// <summary>Names every bad key of <see cref="PipelineOptions"/>.</summary>
public sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        List<string> failures = [];
        if (options.MaxConcurrentRuns is < 1 or > 16)
        {
            failures.Add($"{PipelineOptions.SectionName}:MaxConcurrentRuns must be between 1 and 16.");
        }

        if (options.StuckAfterMinutes is < 1 or > 1440)
        {
            failures.Add($"{PipelineOptions.SectionName}:StuckAfterMinutes must be between 1 and 1440.");
        }

        if (options.CompanyCacheDays is < 0 or > 365)
        {
            failures.Add($"{PipelineOptions.SectionName}:CompanyCacheDays must be between 0 and 365.");
        }

        if (!DocumentPdfRenderer.PaperFormats.Contains(options.PaperFormat, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{PipelineOptions.SectionName}:PaperFormat must be A4 or Letter.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
