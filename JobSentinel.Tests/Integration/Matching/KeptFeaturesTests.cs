using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Integration.DataLifecycle;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Integration.Matching;

/// <summary>
/// Rescoring keeps the postings' features it read: held strongly for a while after each rescoring (so garbage
/// collections in between do not cost a reload), then only weakly.
/// </summary>
public sealed class KeptFeaturesTests
{
    [Fact]
    public async Task KeptFeatures_SurviveCollectionsWhileHeld_AndAreReadAgainOnceReleasedAndCollected()
    {
        using var directory = new TempDirectory();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path, configure: s => s.AddSingleton<TimeProvider>(time));
        var ct = TestContext.Current.CancellationToken;
        var source = await ArchiveTests.AddSourceAsync(services);
        var job = (await services.GetRequiredService<JobStore>().IngestAsync(source, ArchiveTests.Postings("kept", 3), DateTime.UtcNow, null, ct)).NewJobIds[0];
        await services.GetRequiredService<ProfileService>().UpdateAsync(null, new ProfileDraft { KeywordsBoost = ["postgresql"], SalaryTarget = 150_000 }, "test", ct);
        var scorer = services.GetRequiredService<MatchScorer>();
        await scorer.RescoreAllAsync(null, ct);
        var unstated = await ScoreAsync(services, job);

        // A probe no real write makes without telling the scorer: a salary appears in the row, so only a rescoring that
        // reads the postings again sees it.
        await ExecuteAsync(services, $"UPDATE Jobs SET SalaryAnnualUsd = 300000, SalaryMax = 300000, SalaryCurrency = 'USD', SalaryPeriod = 'Year' WHERE Id = {job}");
        Collect();
        await scorer.RescoreAllAsync(null, ct);
        Assert.Equal(unstated, await ScoreAsync(services, job)); // held: the kept features were used

        time.Advance(MatchScorer.HoldFeaturesFor + TimeSpan.FromSeconds(1));
        Collect();
        await scorer.RescoreAllAsync(null, ct);
        Assert.True(await ScoreAsync(services, job) > unstated, "once released and collected, the postings are read again");
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static async Task ExecuteAsync(IServiceProvider services, string sql)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        await context.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    private static async Task<double> ScoreAsync(IServiceProvider services, long job)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await context.JobMatches.Where(m => m.JobId == job).Select(m => m.Score).SingleAsync(TestContext.Current.CancellationToken);
    }
}
