using JobSentinel.Core.Dashboards;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Dashboards;

/// <summary>The dashboard queries on a real SQLite file brought up by the migrations.</summary>
public sealed class BusinessQueriesTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 30, 0, DateTimeKind.Utc);
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    private BusinessQueries Queries => _core.GetRequiredService<BusinessQueries>();

    private IDbContextFactory<JobSentinelDbContext> Db => _core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _core = await CoreServices.BuildInitializedAsync(_directory.Path);

    public async ValueTask DisposeAsync()
    {
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task JobsFound_PerDay_CountsPostingsByFirstSeenDayWithZeroDays()
    {
        var source = await DashboardData.AddSourceAsync(Db, "Acme board");
        await DashboardData.AddPostingsAsync(Db, source,
        [
            new("A", "Acme", Now.AddDays(-8)), // before the range
            new("B", "Acme", Now.AddDays(-6).Date.AddHours(23).AddMinutes(59)),
            new("C", "Acme", Now.AddDays(-6).Date.AddHours(1)),
            new("D", "Acme", Now.AddDays(-1), Status: JobStatus.Closed),
            new("E", "Acme", Now.AddMinutes(-1)),
            new("F", "Acme", Now.AddMinutes(1)), // after the range
        ]);

        var days = await Queries.JobsFoundAsync(Now.AddDays(-7), Now, TimeBucket.Day, Ct);

        Assert.Equal(8, days.Count);
        Assert.Equal(new DateTime(2026, 11, 13, 0, 0, 0, DateTimeKind.Utc), days[0].Start);
        Assert.Equal([0, 2, 0, 0, 0, 0, 1, 1], days.Select(d => d.Count));
    }

    [Fact]
    public async Task JobsFound_PerHour_SplitsTheLastDayIntoHours()
    {
        var source = await DashboardData.AddSourceAsync(Db, "Acme board");
        await DashboardData.AddPostingsAsync(Db, source,
        [
            new("A", "Acme", Now.AddHours(-25)),
            new("B", "Acme", Now.AddHours(-2).AddMinutes(-10)),
            new("C", "Acme", Now.AddHours(-2).AddMinutes(-20)),
            new("D", "Acme", Now.AddMinutes(-5)),
        ]);

        var hours = await Queries.JobsFoundAsync(Now.AddHours(-24), Now, TimeBucket.Hour, Ct);

        Assert.Equal(25, hours.Count);
        Assert.Equal(3, hours.Sum(h => h.Count));
        Assert.Equal(2, hours.Single(h => h.Start == new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc)).Count);
        Assert.Equal(1, hours[^1].Count);
    }

    [Fact]
    public async Task TopCompanies_OrdersByOpenPostingsThenName()
    {
        var source = await DashboardData.AddSourceAsync(Db, "Acme board");
        List<SeedPosting> postings = [];
        postings.AddRange(Enumerable.Range(0, 3).Select(i => new SeedPosting($"Initech {i}", "Initech", Now.AddHours(-i - 1))));
        postings.AddRange(Enumerable.Range(0, 5).Select(i => new SeedPosting($"Globex {i}", "Globex", Now.AddHours(-i - 1))));
        postings.AddRange(Enumerable.Range(0, 3).Select(i => new SeedPosting($"Acme {i}", "Acme", Now.AddHours(-i - 1))));
        // Closed postings and postings outside the range do not count.
        postings.AddRange(Enumerable.Range(0, 9).Select(i => new SeedPosting($"Umbrella {i}", "Umbrella", Now.AddHours(-1), Status: JobStatus.Closed)));
        postings.AddRange(Enumerable.Range(0, 9).Select(i => new SeedPosting($"Hooli {i}", "Hooli", Now.AddDays(-3))));
        postings.Add(new SeedPosting("Soylent", "Soylent", Now.AddHours(-1)));
        await DashboardData.AddPostingsAsync(Db, source, postings);

        var top = await Queries.TopCompaniesAsync(Now.AddHours(-24), Now, 3, Ct);

        Assert.Equal([new CompanyCount("Globex", 5), new CompanyCount("Acme", 3), new CompanyCount("Initech", 3)], top);
    }

    [Fact]
    public async Task SalaryTrends_MedianPerKeywordAndDay_OnlyPostingsWithASalary()
    {
        var source = await DashboardData.AddSourceAsync(Db, "Acme board");
        var day1 = Now.AddDays(-2);
        var day2 = Now.AddDays(-1);
        await DashboardData.AddPostingsAsync(Db, source,
        [
            new("Senior Engineer", "Acme", day1, 100_000),
            new("Backend ENGINEER", "Acme", day1, 200_000),
            new("Engineering Manager", "Acme", day1, 120_000),
            new("Platform Engineer", "Acme", day1), // no salary
            new("Engineer II", "Acme", day2, 90_000),
            new("Engineer III", "Acme", day2, 130_000),
            new("Product Designer", "Acme", day2, 80_000),
            new("Engineer (old)", "Acme", Now.AddDays(-30), 999_000),
        ]);

        var trends = await Queries.SalaryTrendsAsync(["engineer", " designer ", "Engineer", "100%"], Now.AddDays(-7), Now, TimeBucket.Day, Ct);

        Assert.Equal(["engineer", "designer", "100%"], trends.Select(t => t.Keyword));
        Assert.Equal([new SalaryPoint(day1.Date, 120_000, 3), new SalaryPoint(day2.Date, 110_000, 2)], trends[0].Points);
        Assert.Equal([new SalaryPoint(day2.Date, 80_000, 1)], trends[1].Points);
        // "%" is matched literally, not as a wildcard.
        Assert.Empty(trends[2].Points);
    }

    [Fact]
    public async Task SalaryTrends_PerWeek_GroupsMondayToSunday()
    {
        var source = await DashboardData.AddSourceAsync(Db, "Acme board");
        // 2026-11-16 is a Monday; 2026-11-15 the Sunday before.
        await DashboardData.AddPostingsAsync(Db, source,
        [
            new("Engineer", "Acme", new DateTime(2026, 11, 15, 23, 0, 0, DateTimeKind.Utc), 50_000),
            new("Engineer", "Acme", new DateTime(2026, 11, 16, 1, 0, 0, DateTimeKind.Utc), 100_000),
            new("Engineer", "Acme", new DateTime(2026, 11, 19, 1, 0, 0, DateTimeKind.Utc), 300_000),
        ]);

        var trend = Assert.Single(await Queries.SalaryTrendsAsync(["engineer"], Now.AddDays(-30), Now, TimeBucket.Week, Ct));

        Assert.Equal(
            [new SalaryPoint(new DateTime(2026, 11, 9, 0, 0, 0, DateTimeKind.Utc), 50_000, 1), new SalaryPoint(new DateTime(2026, 11, 16, 0, 0, 0, DateTimeKind.Utc), 200_000, 2)],
            trend.Points);
    }

    [Fact]
    public async Task SalaryTrends_MoreThanFiveKeywords_IsRefused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Queries.SalaryTrendsAsync(["a", "b", "c", "d", "e", "f"], Now.AddDays(-7), Now, TimeBucket.Day, Ct));

        Assert.Contains("At most 5 keywords", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyDatabase_AnswersZerosAndEmptyLists()
    {
        var days = await Queries.JobsFoundAsync(Now.AddDays(-30), Now, TimeBucket.Day, Ct);
        var top = await Queries.TopCompaniesAsync(Now.AddDays(-30), Now, 10, Ct);
        var salaries = await Queries.SalaryTrendsAsync(["engineer"], Now.AddDays(-30), Now, TimeBucket.Week, Ct);
        var completion = await Queries.AnalysisCompletionAsync(Now.AddDays(-30), Now, TimeBucket.Day, Ct);
        var sources = await Queries.ActiveSourcesAsync(Ct);

        Assert.Equal(31, days.Count);
        Assert.All(days, d => Assert.Equal(0, d.Count));
        Assert.Empty(top);
        Assert.Empty(Assert.Single(salaries).Points);
        Assert.True(completion.IsEmpty);
        Assert.Null(completion.Rate);
        Assert.Empty(sources);
    }

    [Fact]
    public async Task AnalysisCompletion_CountsOutcomesPerDayAndTheRate()
    {
        var resume = await DashboardData.AddResumeAsync(Db, Now.AddDays(-2));
        await DashboardData.AddResumeAsync(Db, Now.AddDays(-2));
        await DashboardData.AddResumeAsync(Db, Now.AddDays(-10));
        var day1 = Now.AddDays(-2);
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Completed, day1);
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Completed, day1);
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Failed, day1);
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Completed, Now.AddHours(-1));
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Queued, Now.AddHours(-1));
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Processing, Now.AddHours(-1));
        await DashboardData.AddEvaluationAsync(Db, resume, EvaluationStatus.Failed, Now.AddDays(-20));

        var completion = await Queries.AnalysisCompletionAsync(Now.AddDays(-7), Now, TimeBucket.Day, Ct);

        Assert.Equal((3, 1, 2), (completion.Completed, completion.Failed, completion.Pending));
        Assert.Equal(0.75, completion.Rate);
        Assert.Equal(new EvaluationCounts(day1.Date, 2, 1, 0), completion.Evaluations.Single(e => e.Start == day1.Date));
        Assert.Equal(new EvaluationCounts(Now.Date, 1, 0, 2), completion.Evaluations[^1]);
        Assert.Equal(2, completion.ResumesAnalysed.Sum(r => r.Count));
        Assert.Equal(2, completion.ResumesAnalysed.Single(r => r.Start == day1.Date).Count);
    }

    [Fact]
    public async Task ActiveSources_ListsEnabledOnesWithCircuitAndLatestRun()
    {
        var globex = await DashboardData.AddSourceAsync(Db, "Globex board", circuit: CircuitState.Open);
        var acme = await DashboardData.AddSourceAsync(Db, "Acme board");
        await DashboardData.AddSourceAsync(Db, "Disabled board", enabled: false);
        await DashboardData.AddRunAsync(Db, globex, ScrapeRunStatus.Completed, Now.AddHours(-3), jobsNew: 4);
        await DashboardData.AddRunAsync(Db, globex, ScrapeRunStatus.Failed, Now.AddHours(-1), error: "HTTP 503");

        var sources = await Queries.ActiveSourcesAsync(Ct);

        Assert.Equal(["Acme board", "Globex board"], sources.Select(s => s.Name));
        Assert.Equal(new ActiveSource(acme, "Acme board", SourceType.Greenhouse, CircuitState.Closed, null, null, null, null), sources[0]);
        Assert.Equal(CircuitState.Open, sources[1].Circuit);
        Assert.Equal(ScrapeRunStatus.Failed, sources[1].LastRunStatus);
        Assert.Equal(Now.AddHours(-1).AddSeconds(5), sources[1].LastRunAt);
        Assert.Equal("HTTP 503", sources[1].LastRunError);
    }
}
