using JobSentinel.Core.Matching;
using JobSentinel.Core.Postings;
using static JobSentinel.Tests.Builders.MatchingPostings;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class JobScorerTests
{
    private static readonly MatchProfile Empty = new();

    private static readonly MatchProfile FourKeywords = new() { KeywordsBoost = ["kubernetes", "go", "rust", "python"] };

    [Fact]
    public void Score_EverythingMatches_IsOneWithReasons()
    {
        var profile = new MatchProfile
        {
            TitleAllowlist = ["backend", "platform"],
            KeywordsBoost = ["kubernetes", "go"],
            SalaryTarget = 160_000,
            PreferredCompanies = ["Acme"],
        };
        var posting = Posting() with { SalaryAnnualMid = 180_000, SalaryAnnualMax = 200_000 };

        var result = Score(profile, posting, "Go services on k8s.");

        Assert.Equal(1.0, result.Score);
        Assert.False(result.Rejected);
        Assert.Equal(new FactorScores(1, 1, 1, 1, 1), result.Factors);
        Assert.Equal(["matched: kubernetes, go", "remote", "salary 180k ≥ target 160k", "preferred company"], result.Reasons);
        Assert.Equal(["kubernetes", "go"], result.MatchedTerms);
    }

    [Fact]
    public void Score_EmptyProfile_WeighsTheNeutralFactors()
    {
        var result = Score(Empty, Posting());

        // 0.40 × 0.5 + 0.25 × 0.5 + 0.20 × 1 + 0.10 × 0.5 + 0.05 × 1
        Assert.Equal(0.625, result.Score);
        Assert.Equal(new FactorScores(0.5, 0.5, 1, 0.5, 1), result.Factors);
        Assert.Equal(["no titles or skills in the profile yet", "remote", "salary not stated"], result.Reasons);
        Assert.Empty(result.MatchedTerms);
    }

    [Fact]
    public void Score_BlocklistedTitle_IsRejected()
    {
        var result = Score(Empty with { TitleBlocklist = ["intern"] }, Posting("Software Engineering Intern"));

        AssertRejected("rejected: title contains 'intern'", result);
    }

    [Fact]
    public void Score_BlocklistTermInsideAWord_IsNotRejected()
    {
        var result = Score(Empty with { TitleBlocklist = ["intern"] }, Posting("Internal Tools Engineer"));

        Assert.False(result.Rejected);
    }

    [Theory]
    [InlineData("Backend Engineer", "Active security clearance required.")]
    [InlineData("Backend Engineer (Clearance)", null)]
    public void Score_ExcludedKeywordAnywhere_IsRejected(string title, string? description)
    {
        var result = Score(Empty with { KeywordsExclude = ["clearance"] }, Posting(title), description);

        AssertRejected("rejected: mentions 'clearance'", result);
    }

    [Fact]
    public void Score_BlockedCompany_IsRejectedFuzzily()
    {
        var result = Score(Empty with { BlockedCompanies = ["Initech"] }, Posting(company: "Initech LLC"));

        AssertRejected("rejected: blocked company 'Initech'", result);
    }

    [Theory]
    [InlineData("USD", "rejected: salary 60k below your floor 90k")]
    [InlineData("EUR", "rejected: salary EUR 60k below your floor EUR 90k")]
    public void Score_SalaryTopBelowTheFloor_IsRejected(string currency, string reason)
    {
        var posting = Posting() with { SalaryAnnualMid = 55_000, SalaryAnnualMax = 60_000 };

        var result = Score(Empty with { SalaryFloor = 90_000, Currency = currency }, posting);

        AssertRejected(reason, result);
    }

    [Fact]
    public void Score_SalaryTopAtTheFloor_IsNotRejected()
    {
        var posting = Posting() with { SalaryAnnualMid = 80_000, SalaryAnnualMax = 90_000 };

        var result = Score(Empty with { SalaryFloor = 90_000 }, posting);

        Assert.False(result.Rejected);
        Assert.Equal(0.8, result.Factors.Salary);
        Assert.Contains("salary 80k below floor 90k", result.Reasons);
    }

    [Fact]
    public void Score_NoSalaryWithAFloor_IsNotRejected()
    {
        var result = Score(Empty with { SalaryFloor = 90_000 }, Posting());

        Assert.False(result.Rejected);
    }

    [Fact]
    public void Score_SeveralRejections_TheTitleIsReported()
    {
        var profile = Empty with { TitleBlocklist = ["intern"], BlockedCompanies = ["Acme"] };

        var result = Score(profile, Posting("Intern"));

        AssertRejected("rejected: title contains 'intern'", result);
    }

    [Fact]
    public void Score_TitleMissesTheAllowlist_HalvesSkills()
    {
        var result = Score(Empty with { TitleAllowlist = ["backend", "platform"] }, Posting("Data Analyst"));

        Assert.Equal(0.5, result.Factors.Skills);
        Assert.Equal("title matches none of: backend, platform", result.Reasons[0]);
    }

    [Fact]
    public void Score_TitleHitsTheAllowlistThroughASynonym_IsFullTitlePart()
    {
        var result = Score(Empty with { TitleAllowlist = ["back-end"] }, Posting("Backend Developer"));

        Assert.Equal(1.0, result.Factors.Skills);
    }

    [Theory]
    [InlineData("", 0.5)]
    [InlineData("Kubernetes", 0.75)]
    [InlineData("Kubernetes and Go", 1.0)]
    [InlineData("k8s, golang, Rust and Python", 1.0)]
    public void Score_BoostKeywords_HalfOfThemGiveFullMarks(string description, double skills)
    {
        var result = Score(FourKeywords, Posting(), description);

        Assert.Equal(skills, result.Factors.Skills);
    }

    [Fact]
    public void Score_OneOfThreeKeywords_IsTwoThirdsOfTheKeywordPart()
    {
        var result = Score(Empty with { KeywordsBoost = ["kubernetes", "go", "rust"] }, Posting(), "Kubernetes");

        Assert.Equal(0.833, result.Factors.Skills);
    }

    [Fact]
    public void Score_ManyMissingKeywords_ListsThreeAndCountsTheRest()
    {
        var profile = Empty with { KeywordsBoost = ["Kubernetes", "Go", "Rust", "Scala", "Elixir"] };

        var result = Score(profile, Posting(), "kubernetes");

        Assert.Equal(["matched: kubernetes", "missing: go, rust, scala +1 more"], result.Reasons.Take(2));
    }

    [Fact]
    public void Score_SynonymsInTheBoostList_CountOnce()
    {
        var result = Score(Empty with { KeywordsBoost = ["k8s", "Kubernetes", "rust"] }, Posting(), "Kubernetes");

        Assert.Equal(1.0, result.Factors.Skills);
        Assert.Equal(["kubernetes"], result.MatchedTerms);
        Assert.Equal(["matched: kubernetes", "missing: rust"], result.Reasons.Take(2));
    }

    [Fact]
    public void Score_LearnedMultipliers_AreMarkedInTheReasons()
    {
        var profile = Empty with
        {
            KeywordsBoost = ["k8s", "rust", "go"],
            LearnedWeights = new Dictionary<string, double> { ["kubernetes"] = 1.2, ["rust"] = 0.85, ["go"] = 1.0 },
        };

        var result = Score(profile, Posting(), "Kubernetes and Rust");

        Assert.Equal(["matched: kubernetes (↑ learned ×1.2), rust (↓ learned ×0.85)", "missing: go"], result.Reasons.Take(2));
    }

    [Theory]
    [InlineData(1.0, 0.75, 0.725)]
    [InlineData(2.0, 0.9, 0.785)]
    [InlineData(0.5, 0.643, 0.682)]
    public void Score_LearnedWeightOfAMatchedTerm_MovesTheScore(double multiplier, double skills, double score)
    {
        var profile = FourKeywords with { LearnedWeights = new Dictionary<string, double> { ["kubernetes"] = multiplier } };

        var result = Score(profile, Posting(), "Kubernetes");

        Assert.Equal(skills, result.Factors.Skills);
        Assert.Equal(score, result.Score);
    }

    [Theory]
    [InlineData(200_000, 1.0)]
    [InlineData(160_000, 1.0)]
    [InlineData(150_000, 0.9)]
    [InlineData(144_000, 0.9)]
    [InlineData(143_999, 0.8)]
    [InlineData(128_000, 0.8)]
    [InlineData(127_999, 0.6)]
    [InlineData(112_000, 0.6)]
    [InlineData(111_999, 0.3)]
    [InlineData(50_000, 0.3)]
    public void Score_SalaryAgainstTarget_FollowsTheSteps(double midpoint, double factor)
    {
        var posting = Posting() with { SalaryAnnualMid = midpoint, SalaryAnnualMax = midpoint };

        var result = Score(Empty with { SalaryTarget = 160_000 }, posting);

        Assert.Equal(factor, result.Factors.Salary);
    }

    [Theory]
    [InlineData(180_000, 160_000, "USD", "salary 180k ≥ target 160k")]
    [InlineData(120_000, 160_000, "usd", "salary 120k below target 160k")]
    [InlineData(95_000, 90_000, "EUR", "salary EUR 95k ≥ target EUR 90k")]
    [InlineData(1_200_000, 1_000_000, "USD", "salary 1.2M ≥ target 1M")]
    [InlineData(182_500, 150_000, "USD", "salary 182.5k ≥ target 150k")]
    [InlineData(999_999, 500, "GBP", "salary GBP 1M ≥ target GBP 500")]
    public void Score_SalaryReason_IsCompact(double midpoint, double target, string currency, string reason)
    {
        var posting = Posting() with { SalaryAnnualMid = midpoint, SalaryAnnualMax = midpoint };

        var result = Score(Empty with { SalaryTarget = target, Currency = currency }, posting);

        Assert.Contains(reason, result.Reasons);
    }

    [Fact]
    public void Score_SalaryWithoutTarget_IsComparedWithTheFloor()
    {
        var posting = Posting() with { SalaryAnnualMid = 95_000, SalaryAnnualMax = 110_000 };

        var result = Score(Empty with { SalaryFloor = 100_000 }, posting);

        Assert.Equal(0.9, result.Factors.Salary);
        Assert.Contains("salary 95k below floor 100k", result.Reasons);
    }

    [Fact]
    public void Score_SalaryWithNeitherTargetNorFloor_CountsAsStated()
    {
        var result = Score(Empty, Posting() with { SalaryAnnualMid = 120_000, SalaryAnnualMax = 140_000 });

        Assert.Equal(1.0, result.Factors.Salary);
        Assert.Contains("salary 120k", result.Reasons);
    }

    [Fact]
    public void Score_SalaryNotStated_IsHalf()
    {
        var result = Score(Empty with { SalaryTarget = 160_000 }, Posting());

        Assert.Equal(0.5, result.Factors.Salary);
        Assert.Contains("salary not stated", result.Reasons);
    }

    [Theory]
    [InlineData(WorkplaceType.Remote, "Berlin", 1.0, "remote")]
    [InlineData(WorkplaceType.Onsite, "Berlin", 1.0, "onsite in Berlin")]
    [InlineData(WorkplaceType.Hybrid, null, 1.0, "hybrid")]
    [InlineData(WorkplaceType.Unknown, "Berlin", 0.5, "workplace not stated")]
    public void Score_NoPlacesInTheProfile_AnyAllowedWorkplaceFits(WorkplaceType workplace, string? location, double factor, string reason)
    {
        var result = Score(Empty, Posting() with { Workplace = workplace, Location = location });

        AssertLocation(factor, reason, result);
    }

    [Theory]
    [InlineData(WorkplaceType.Hybrid, "London, UK", 1.0, "hybrid, matches London")]
    [InlineData(WorkplaceType.Onsite, "Paris", 0.3, "onsite in Paris, not in your places")]
    [InlineData(WorkplaceType.Unknown, "London", 0.8, "location matches London")]
    [InlineData(WorkplaceType.Unknown, "Paris", 0.5, "workplace not stated")]
    [InlineData(WorkplaceType.Remote, "Paris", 1.0, "remote")]
    public void Score_PlacesInTheProfile_MatchTheLocation(WorkplaceType workplace, string location, double factor, string reason)
    {
        var profile = Empty with { Cities = ["Berlin", "London"] };

        var result = Score(profile, Posting() with { Workplace = workplace, Location = location });

        AssertLocation(factor, reason, result);
    }

    [Fact]
    public void Score_StateCodeInTheProfile_MatchesTheLocation()
    {
        var posting = Posting() with { Workplace = WorkplaceType.Onsite, Location = "Austin, TX" };

        var result = Score(Empty with { States = ["TX"], Countries = ["Germany"] }, posting);

        AssertLocation(1.0, "onsite, matches TX", result);
    }

    [Fact]
    public void Score_CountryAliasInTheProfile_MatchesTheLocation()
    {
        var posting = Posting() with { Workplace = WorkplaceType.Hybrid, Location = "New York, NY, United States" };

        var result = Score(Empty with { Countries = ["USA"] }, posting);

        AssertLocation(1.0, "hybrid, matches USA", result);
    }

    [Theory]
    [InlineData(WorkplaceType.Remote, false, true, true, "remote, you want hybrid or onsite")]
    [InlineData(WorkplaceType.Onsite, true, false, false, "onsite, you want remote")]
    [InlineData(WorkplaceType.Hybrid, false, false, false, "hybrid, you want none")]
    public void Score_WorkplaceNotAllowed_IsZero(WorkplaceType workplace, bool remote, bool hybrid, bool onsite, string reason)
    {
        var profile = Empty with { AllowRemote = remote, AllowHybrid = hybrid, AllowOnsite = onsite, Cities = ["Berlin"] };

        var result = Score(profile, Posting() with { Workplace = workplace });

        AssertLocation(0, reason, result);
    }

    [Fact]
    public void Score_PreferredCompany_IsFullCompanyFactor()
    {
        var result = Score(Empty with { PreferredCompanies = ["Initech", "acme"] }, Posting(company: "ACME Corp."));

        Assert.Equal(1.0, result.Factors.Company);
        Assert.Contains("preferred company", result.Reasons);
    }

    [Fact]
    public void Score_OtherCompany_IsHalfWithoutAReason()
    {
        var result = Score(Empty with { PreferredCompanies = ["Initech"] }, Posting(company: "Acme"));

        Assert.Equal(0.5, result.Factors.Company);
        Assert.DoesNotContain("preferred company", result.Reasons);
    }

    [Theory]
    [InlineData(-3, 1.0)]
    [InlineData(0, 1.0)]
    [InlineData(7, 1.0)]
    [InlineData(12, 0.783)]
    [InlineData(18.5, 0.5)]
    [InlineData(29, 0.043)]
    [InlineData(30, 0.0)]
    [InlineData(45, 0.0)]
    public void Score_Recency_IsFullForAWeekThenFallsToZeroAtThirtyDays(double ageDays, double factor)
    {
        var result = Score(Empty, Posting() with { PostedAt = Now.AddDays(-ageDays) });

        Assert.Equal(factor, result.Factors.Recency);
    }

    [Fact]
    public void Score_OldPosting_SaysHowOld()
    {
        var result = Score(Empty, Posting() with { PostedAt = Now.AddDays(-12.7) });

        Assert.Equal("posted 12 days ago", result.Reasons[^1]);
    }

    [Fact]
    public void Score_PostingWithinFullDays_HasNoRecencyReason()
    {
        var result = Score(Empty, Posting() with { PostedAt = Now.AddDays(-7) });

        Assert.DoesNotContain(result.Reasons, reason => reason.StartsWith("posted", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_CustomRecencyDays_AreHonoured()
    {
        var result = Score(Empty with { RecencyFullDays = 0, RecencyZeroDays = 10 }, Posting() with { PostedAt = Now.AddDays(-5) });

        Assert.Equal(0.5, result.Factors.Recency);
    }

    [Fact]
    public void Score_AllWeightsZero_IsZero()
    {
        var result = Score(Empty with { Weights = new ProfileWeights(0, 0, 0, 0, 0) }, Posting());

        Assert.Equal(0, result.Score);
        Assert.False(result.Rejected);
    }

    [Fact]
    public void Score_OnlySalaryWeighted_IsTheSalaryFactor()
    {
        var profile = Empty with { SalaryTarget = 160_000, Weights = new ProfileWeights(0, 1, 0, 0, 0) };

        var result = Score(profile, Posting() with { SalaryAnnualMid = 150_000, SalaryAnnualMax = 150_000 });

        Assert.Equal(0.9, result.Score);
    }

    [Fact]
    public void Score_WeightsNotSummingToOne_AreNormalised()
    {
        var profile = Empty with { SalaryTarget = 160_000, Weights = new ProfileWeights(Skills: 2, Salary: 2, Location: 0, Company: 0, Recency: 0) };

        var result = Score(profile, Posting());

        // (2 × 0.5 + 2 × 0.5) / 4
        Assert.Equal(0.5, result.Score);
    }

    private static void AssertRejected(string reason, MatchResult result)
    {
        Assert.True(result.Rejected);
        Assert.Equal(0, result.Score);
        Assert.Equal([reason], result.Reasons);
        Assert.Equal(new FactorScores(0, 0, 0, 0, 0), result.Factors);
        Assert.Empty(result.MatchedTerms);
    }

    private static void AssertLocation(double factor, string reason, MatchResult result)
    {
        Assert.Equal(factor, result.Factors.Location);
        Assert.Contains(reason, result.Reasons);
    }
}
