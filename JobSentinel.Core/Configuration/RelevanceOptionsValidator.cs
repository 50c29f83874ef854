using JobSentinel.Core.Evaluations;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Configuration;

/// <summary>Reports every invalid relevance weight by its full configuration name.</summary>
public sealed class RelevanceOptionsValidator : IValidateOptions<RelevanceOptions>
{
    public ValidateOptionsResult Validate(string? name, RelevanceOptions options)
    {
        const string section = RelevanceOptions.SectionName;
        List<string> errors = [];
        if (options.HardWeight < 0 || options.SoftWeight < 0 || options.HardWeight + options.SoftWeight <= 0)
        {
            errors.Add($"{section}:HardWeight and {section}:SoftWeight must be 0 or more, and not both 0.");
        }

        if (options.RequiredSkillWeight <= 0 || options.PreferredSkillWeight < 0)
        {
            errors.Add($"{section}:RequiredSkillWeight must be above 0 and {section}:PreferredSkillWeight 0 or more.");
        }

        if (options.KeywordCount is < 0 or > 100)
        {
            errors.Add($"{section}:KeywordCount must be between 0 and 100.");
        }

        foreach (var (key, value) in new[] { ("KeywordShare", options.KeywordShare), ("ExperiencePenalty", options.ExperiencePenalty), ("EducationPenalty", options.EducationPenalty) })
        {
            if (value is < 0 or > 1)
            {
                errors.Add($"{section}:{key} must be between 0 and 1.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
