using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Resumes;

public sealed class AtsAnalyzerScoreTests
{
    private const string PoorResume = """
        I am a software developer and I have been writing code for many years now. In my last job I worked on the
        website and helped my team with many different things, and I think I am a hard worker and a team player.
        I would like to find a job where I can learn new things and grow my career in a good company near me.
        Before that I was at a bank where I did support and some programming in my spare time for the internal tools.
        """;

    [Fact]
    public void Analyze_CleanResume_ScoresAtLeast85WithNothingAboveLow()
    {
        var report = ResumeTexts.Report(ResumeTexts.Clean);

        Assert.True(report.Score >= 85, $"score {report.Score}: {string.Join("; ", report.Issues.Select(i => i.Code))}");
        Assert.DoesNotContain(report.Issues, i => i.Severity < IssueSeverity.Low);
        Assert.True(report.Rating is AtsRating.Excellent or AtsRating.Good, report.Rating.ToString());
    }

    [Fact]
    public void Analyze_NoContactNoHeadingsFirstPersonProse_ScoresBelow60()
    {
        var report = ResumeTexts.Report(PoorResume);

        Assert.True(report.Score < 60, $"score {report.Score}");
        Assert.Equal(AtsRating.Critical, report.Rating);
    }

    [Fact]
    public void Analyze_Issues_AreOrderedMostSevereFirst()
    {
        var severities = ResumeTexts.Report(PoorResume).Issues.Select(i => i.Severity).ToList();

        Assert.Equal(severities.Order(), severities);
        Assert.Equal(IssueSeverity.Critical, severities[0]);
    }

    [Fact]
    public void Analyze_EveryIssue_HasAMessageAndAFix()
    {
        var report = ResumeTexts.Report(PoorResume, new DocumentLayout(3, 2, true, true, 6, true), FileFormat.Html);

        Assert.All(report.Issues, i =>
        {
            Assert.Matches("^[a-z][A-Za-z]+$", i.Code);
            Assert.False(string.IsNullOrWhiteSpace(i.Message));
            Assert.False(string.IsNullOrWhiteSpace(i.Fix));
        });
        Assert.Equal(report.Issues.Count, report.Issues.Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void Analyze_WordCount_CountsTheDocumentText()
    {
        Assert.Equal(8, ResumeTexts.Report("Jane Smith, jane@example.com. Node.js and C# since 2019").WordCount);
    }

    [Theory]
    [InlineData(100, AtsRating.Excellent)]
    [InlineData(90, AtsRating.Excellent)]
    [InlineData(89, AtsRating.Good)]
    [InlineData(80, AtsRating.Good)]
    [InlineData(79, AtsRating.Fair)]
    [InlineData(70, AtsRating.Fair)]
    [InlineData(69, AtsRating.Poor)]
    [InlineData(60, AtsRating.Poor)]
    [InlineData(59, AtsRating.Critical)]
    [InlineData(0, AtsRating.Critical)]
    public void RatingFor_ScoreAtBoundary_UsesTheContractThresholds(int score, AtsRating expected)
    {
        Assert.Equal(expected, AtsAnalyzer.RatingFor(score));
    }

    [Fact]
    public void Analyze_Score_MatchesItsRating()
    {
        var report = ResumeTexts.Report(ResumeTexts.Clean, new DocumentLayout(1, 2, true, false, 0, false));

        Assert.Equal(AtsAnalyzer.RatingFor(report.Score), report.Rating);
    }

    [Fact]
    public void Analyze_NothingReadable_ClampsAtZero()
    {
        var report = ResumeTexts.Report("scan", new DocumentLayout(4, 3, true, true, 20, true), FileFormat.Text);

        Assert.Equal(0, report.Score);
        Assert.All(report.PerAts.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Analyze_CleanResume_EstimatesEveryAtsAtTheBaseScore()
    {
        var report = ResumeTexts.Report(ResumeTexts.Clean);

        Assert.Equal(["greenhouse", "icims", "lever", "smartRecruiters", "taleo", "workday"], report.PerAts.Keys.Order(StringComparer.Ordinal));
        Assert.All(report.PerAts.Values, v => Assert.InRange(v, report.Score - 2, 100));
    }

    [Fact]
    public void Analyze_TwoColumnsWithTables_ScoresLowerOnTaleoAndIcimsThanGreenhouseAndLever()
    {
        var perAts = ResumeTexts.Report(ResumeTexts.Clean, new DocumentLayout(1, 2, true, false, 0, false)).PerAts;

        Assert.True(perAts["taleo"] < perAts["icims"], $"{perAts["taleo"]} vs {perAts["icims"]}");
        Assert.True(perAts["icims"] < perAts["smartRecruiters"]);
        Assert.True(perAts["smartRecruiters"] < perAts["greenhouse"]);
        Assert.True(perAts["taleo"] < perAts["lever"]);
    }

    [Fact]
    public void Analyze_ImagesAndIconGlyphs_CostWorkdayMoreThanGreenhouse()
    {
        var perAts = ResumeTexts.Report(ResumeTexts.Clean, new DocumentLayout(1, 1, false, true, 8, false)).PerAts;

        Assert.True(perAts["workday"] < perAts["greenhouse"], $"{perAts["workday"]} vs {perAts["greenhouse"]}");
    }

    [Fact]
    public void Analyze_UnusualDates_CostWorkdayMoreThanLever()
    {
        var text = ResumeTexts.Clean.Replace("Mar 2017 – Dec 2020", "03/2017 – 12/2020").Replace("Jan 2021 – Present", "2021-01 – Present");

        var perAts = ResumeTexts.Report(text).PerAts;

        Assert.True(perAts["workday"] < perAts["lever"], $"{perAts["workday"]} vs {perAts["lever"]}");
    }
}
