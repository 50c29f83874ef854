using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Tests.Unit.Evaluations;

public sealed class RelevanceEngineTests
{
    private const string Job = """
        Backend Engineer
        Requirements
        - Kubernetes and PostgreSQL in production
        - 5+ years of experience
        - Bachelor's degree
        Nice to have
        - React
        """;

    private readonly RelevanceEngine _engine = new(TestTaxonomy.Small, new NoEmbeddings());

    [Fact]
    public async Task EvaluateAsync_RelatedSkillOnly_EarnsHalfCredit()
    {
        var named = await Hard("Ran Kubernetes clusters.");
        var related = await Hard("Built Docker images.");
        var none = await Hard("Wrote novels.");

        Assert.True(related > none, $"related {related} should beat none {none}");
        Assert.True(related < named, $"related {related} should stay below named {named}");
        Assert.Equal((named + none) / 2.0, related, 1.0);
    }

    [Fact]
    public async Task EvaluateAsync_RequiredSkill_WeighsMoreThanPreferred()
    {
        var required = await Hard("Ran Kubernetes clusters.");
        var preferred = await Hard("Built React apps.");

        Assert.True(required > preferred, $"required {required} should beat preferred {preferred}");
    }

    [Fact]
    public async Task EvaluateAsync_Evidence_OneEntryPerJobSkillWithTheResumeLine()
    {
        var result = await Evaluate("Summary\nRan Kubernetes clusters on AWS.\nBuilt Docker images.");

        Assert.Equal(["Kubernetes", "PostgreSQL", "React"], result.HardMatch.Evidence.Select(e => e.Skill));
        var kubernetes = result.HardMatch.Evidence[0];
        Assert.True(kubernetes.Found);
        Assert.True(kubernetes.Required);
        Assert.Equal("Ran Kubernetes clusters on AWS.", kubernetes.Evidence);
        Assert.Equal(["Kubernetes"], result.HardMatch.MatchedSkills);
        Assert.Equal(["PostgreSQL", "React"], result.MissingSkills);
    }

    [Fact]
    public async Task EvaluateAsync_AlternativeListWithOneMember_IsSatisfiedAndOthersNotMissing()
    {
        var result = await _engine.EvaluateAsync(
            TestResumes.From("Python developer", TestTaxonomy.Small),
            "Requirements\n- A server-side language such as Python, Ruby, or Java",
            null,
            CancellationToken.None);

        Assert.Empty(result.MissingSkills);
        Assert.True(result.HardMatch.Score >= 85, $"hard {result.HardMatch.Score}");
    }

    [Fact]
    public async Task EvaluateAsync_SoftMatch_OrdersCloseResumeAboveDistantOne()
    {
        const string job = "We build payment systems: ledgers, settlement, reconciliation and fraud checks for card payments.";
        var close = await _engine.EvaluateAsync(
            TestResumes.From("Built card payment ledgers and settlement; reconciled payments and fraud signals.", TestTaxonomy.Small), job, null, CancellationToken.None);
        var distant = await _engine.EvaluateAsync(
            TestResumes.From("Taught painting and sculpture to children at a summer art camp.", TestTaxonomy.Small), job, null, CancellationToken.None);

        Assert.Equal("tfidf", close.SoftMatch.Method);
        Assert.True(close.SoftMatch.Score > distant.SoftMatch.Score + 30, $"close {close.SoftMatch.Score}, distant {distant.SoftMatch.Score}");
        Assert.True(distant.SoftMatch.Score < 35, $"distant {distant.SoftMatch.Score}");
    }

    [Fact]
    public async Task EvaluateAsync_ShortOfYearsAndDegree_ScoreReducedAndFitsReported()
    {
        const string resume = "Ran Kubernetes clusters and PostgreSQL databases in production; built React apps.";
        var qualified = await _engine.EvaluateAsync(TestResumes.From(resume, TestTaxonomy.Small, years: 6), Job, null, CancellationToken.None);
        var junior = await _engine.EvaluateAsync(
            TestResumes.From(resume, TestTaxonomy.Small, years: 2.5, education: EducationLevel.HighSchool), Job, null, CancellationToken.None);

        Assert.Equal(1, qualified.ExperienceFit);
        Assert.Equal(0.5, junior.ExperienceFit);
        Assert.Equal(0.5, junior.EducationFit);
        Assert.True(junior.RelevanceScore < qualified.RelevanceScore);
        Assert.Equal(Math.Round(qualified.RelevanceScore * 0.925 * 0.925), junior.RelevanceScore, 1.0);
    }

    [Theory]
    [InlineData(100, Verdict.High)]
    [InlineData(80, Verdict.High)]
    [InlineData(79, Verdict.Medium)]
    [InlineData(50, Verdict.Medium)]
    [InlineData(49, Verdict.Low)]
    [InlineData(0, Verdict.Low)]
    public void VerdictOf_Thresholds_HighFrom80MediumFrom50(int score, Verdict expected)
    {
        Assert.Equal(expected, RelevanceScoring.VerdictOf(score));
    }

    [Fact]
    public void Combine_DefaultWeights_SixtyHardFortySoft()
    {
        Assert.Equal(76, RelevanceScoring.Combine(100, 40, 1, 1, new RelevanceOptions()));
        Assert.Equal(50, RelevanceScoring.Combine(100, 0, 1, 1, new RelevanceOptions { HardWeight = 1, SoftWeight = 1 }));
    }

    [Fact]
    public async Task EvaluateAsync_StrongResume_ScoresHigh()
    {
        var result = await Evaluate(
            "Backend engineer. Ran Kubernetes clusters and PostgreSQL databases in production for 6 years; built React apps.");

        Assert.Equal(Verdict.High, result.Verdict);
        Assert.True(result.RelevanceScore >= 80, $"score {result.RelevanceScore}");
    }

    [Fact]
    public async Task EvaluateAsync_Gaps_SuggestConcreteFixes()
    {
        const string job = """
            Payments Engineer
            Requirements
            - Kubernetes and React, 5+ years
            - Experience with payments: payments ledgers, payments APIs
            """;
        var result = await _engine.EvaluateAsync(
            TestResumes.From("Built apps with Redux and Docker.", TestTaxonomy.Small, years: 3.2), job, null, CancellationToken.None);

        Assert.Contains("Name Kubernetes explicitly if you have used it: your resume shows Docker, which is related, but the job lists Kubernetes as required.", result.Suggestions);
        Assert.Contains("Quantify your experience: the job asks for 5+ years and your resume shows 3.2.", result.Suggestions);
        Assert.Contains("Mention 'payments' where it is true of your work — it appears 4 times in the description.", result.Suggestions);

        var plain = await _engine.EvaluateAsync(TestResumes.From("Wrote novels.", TestTaxonomy.Small), job, null, CancellationToken.None);
        Assert.Contains("Add Kubernetes to your skills section if you have used it — the job lists it as required.", plain.Suggestions);
    }

    private async Task<RelevanceResult> Evaluate(string resume) =>
        await _engine.EvaluateAsync(TestResumes.From(resume, TestTaxonomy.Small, years: 6), Job, null, CancellationToken.None);

    private async Task<int> Hard(string resume) => (await Evaluate(resume)).HardMatch.Score;
}
