using System.Diagnostics;
using JobSentinel.Core.Dashboards;
using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Dashboards;

/// <summary>
/// The dashboard queries over 100,000 postings: exact aggregates (so nothing is sampled or capped).
/// Durations are written to the test output for a look, never asserted (SPEC §8: no timed unit tests).
/// </summary>
public sealed class BusinessQueriesScaleTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 12, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Queries_On100000Postings_AggregateEveryPosting()
    {
        using var directory = new TempDirectory();
        await using var core = await CoreServices.BuildInitializedAsync(directory.Path);
        var db = core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();
        var source = await DashboardData.AddSourceAsync(db, "Big board");
        string[] titles = ["Senior Software Engineer", "Product Designer", "Data Scientist", "Engineering Manager", "Support Specialist"];
        // 100,000 postings over 40 days (one every ~35 s), 400 companies, a salary on every other one.
        await DashboardData.AddPostingsAsync(db, source, Enumerable.Range(0, 100_000).Select(i => new SeedPosting(
            titles[i % titles.Length], $"Company {i % 400:D3}", Now.AddSeconds(-i * 34.56 - 1), i % 2 == 0 ? 50_000 + (i % 1000) * 100 : null)));
        var queries = core.GetRequiredService<BusinessQueries>();
        var ct = TestContext.Current.CancellationToken;
        var output = TestContext.Current.TestOutputHelper!;

        async Task<T> TimedAsync<T>(string name, Func<Task<T>> query)
        {
            await query(); // warm: the first call pays for opening the connection
            var watch = Stopwatch.StartNew();
            var result = await query();
            output.WriteLine($"{name}: {watch.Elapsed.TotalMilliseconds:F1} ms");
            return result;
        }

        var month = await TimedAsync("jobs per day, 30 d", () => queries.JobsFoundAsync(Now.AddDays(-30), Now, TimeBucket.Day, ct));
        var day = await TimedAsync("jobs per hour, 24 h", () => queries.JobsFoundAsync(Now.AddHours(-24), Now, TimeBucket.Hour, ct));
        var top = await TimedAsync("top companies, 30 d", () => queries.TopCompaniesAsync(Now.AddDays(-30), Now, 10, ct));
        var salaries = await TimedAsync("salary trends, 3 keywords, 30 d", () => queries.SalaryTrendsAsync(["engineer", "designer", "scientist"], Now.AddDays(-30), Now, TimeBucket.Week, ct));
        await TimedAsync("analysis completion, 30 d", () => queries.AnalysisCompletionAsync(Now.AddDays(-30), Now, TimeBucket.Day, ct));
        await TimedAsync("active sources", () => queries.ActiveSourcesAsync(ct));

        // 30 days of 34.56 s steps: 2,592,000 / 34.56 = 75,000 postings; 24 h: 2,500.
        Assert.Equal(75_000, month.Sum(d => d.Count));
        Assert.Equal(2_500, day.Sum(h => h.Count));
        Assert.Equal(10, top.Count);
        Assert.All(top, c => Assert.Equal(75_000 / 400, c.Count, tolerance: 1));
        Assert.Equal(3, salaries.Count);
        Assert.All(salaries, t => Assert.NotEmpty(t.Points));
    }
}
