using JobSentinel.Core.Configuration;
using JobSentinel.Core.Evaluations;

namespace JobSentinel.Tests.Unit.Configuration;

public sealed class ResumeOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new ResumeOptionsValidator().Validate(null, new UploadsOptions()).Succeeded);
        Assert.True(new ResumeOptionsValidator().Validate(null, new EvaluationsOptions()).Succeeded);
        Assert.True(new RelevanceOptionsValidator().Validate(null, new RelevanceOptions()).Succeeded);
    }

    [Fact]
    public void Validate_BadUploadsAndEvaluations_NameEveryKey()
    {
        var uploads = new ResumeOptionsValidator().Validate(null, new UploadsOptions { MaxBytes = 10, MaxUnpackedBytes = 5, RetentionDays = -1 });
        var evaluations = new ResumeOptionsValidator().Validate(null, new EvaluationsOptions { StuckAfterMinutes = 0 });

        foreach (var key in new[] { "MaxBytes", "MaxUnpackedBytes", "RetentionDays" })
        {
            Assert.Contains(uploads.Failures!, f => f.Contains($"JobSentinel:Uploads:{key}", StringComparison.Ordinal));
        }

        Assert.Contains("JobSentinel:Evaluations:StuckAfterMinutes", evaluations.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadRelevanceWeights_NameEveryKey()
    {
        var result = new RelevanceOptionsValidator().Validate(null, new RelevanceOptions
        {
            HardWeight = 0,
            SoftWeight = 0,
            RequiredSkillWeight = 0,
            KeywordCount = -1,
            KeywordShare = 2,
            ExperiencePenalty = -0.1,
            EducationPenalty = 1.5,
        });

        foreach (var key in new[] { "HardWeight", "RequiredSkillWeight", "KeywordCount", "KeywordShare", "ExperiencePenalty", "EducationPenalty" })
        {
            Assert.Contains(result.Failures!, f => f.Contains($"JobSentinel:Relevance:{key}", StringComparison.Ordinal));
        }
    }
}
