using JobSentinel.Core.Postings.Normalization;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid key of the jobs section by its full configuration name.</summary>
public sealed class JobsOptionsValidator : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options) =>
        CurrencyRates.IsKnown(options.Currency)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{JobsOptions.SectionName}:Currency '{options.Currency}' is not a currency of the offline rate table ({string.Join(", ", CurrencyRates.Currencies)}).");
}
