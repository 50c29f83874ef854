using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.Integration.DataLifecycle;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Matching;

/// <summary>
/// What follows a big run: the new postings' ids go to SQL as one JSON parameter. With EF Core 10's default
/// (one SQL parameter per id, a query compiled per list size) the 20,000 ids of a big run took 2 s to look up.
/// </summary>
public sealed class LargeRunMatchingTests
{
    [Fact]
    public async Task IdLists_AreSentAsOneJsonParameter()
    {
        using var directory = new TempDirectory();
        await using var services = CoreServices.Build(directory.Path); // only the query's text: no database needed
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        List<long> ids = [1, 2, 3];

        var sql = context.Jobs.Where(j => ids.Contains(j.Id)).ToQueryString();

        Assert.Contains("json_each(@ids)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("@ids1", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoringMoreIdsThanSqliteHasVariables_ScoresTheStoredPostings()
    {
        using var directory = new TempDirectory();
        await using var services = await CoreServices.BuildInitializedAsync(directory.Path);
        var ct = TestContext.Current.CancellationToken;
        var source = await ArchiveTests.AddSourceAsync(services);
        var stored = await services.GetRequiredService<JobStore>().IngestAsync(source, ArchiveTests.Postings("large", 20), DateTime.UtcNow, null, ct);

        // The stored ids among 40,000: the ones no longer there (deleted since) are simply not scored.
        var ids = stored.NewJobIds.Concat(Enumerable.Range(1_000_000, 40_000).Select(i => (long)i)).ToList();
        var scores = await services.GetRequiredService<MatchPipeline>().ProcessAsync(ids, DateTime.UtcNow, ct);

        Assert.Equal(stored.NewJobIds.Order(), scores.Select(s => s.JobId).Order());
    }
}
