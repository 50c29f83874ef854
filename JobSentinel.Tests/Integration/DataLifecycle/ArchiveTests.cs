using System.Net;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.DataLifecycle;

/// <summary>The archive on a real SQLite file: what it archives and keeps, batches, reopening by a run, and the jobs list and export.</summary>
public sealed class ArchiveTests : IAsyncLifetime
{
    private static readonly DateTime Now = DateTime.UtcNow;
    private readonly TempDirectory _directory = new();
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync() => _services = await CoreServices.BuildInitializedAsync(_directory.Path);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Archive_PostingsNotSeenForLonger_AreArchivedExceptStarredAndNoted()
    {
        var source = await AddSourceAsync(_services);
        var store = _services.GetRequiredService<JobStore>();
        var old = await store.IngestAsync(source, Postings("old", 5), Now.AddDays(-100), null, Ct);
        await store.IngestAsync(source, Postings("recent", 2), Now.AddDays(-10), null, Ct);
        var triage = _services.GetRequiredService<JobTriage>();
        await triage.PatchAsync(old.NewJobIds[0], new JobPatch(true, null, null, null), Ct);
        await triage.PatchAsync(old.NewJobIds[1], new JobPatch(null, null, "applied, waiting", null), Ct);

        var archived = await _services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct);

        Assert.Equal(3, archived);
        var statuses = await StatusesAsync(_services);
        Assert.Equal(3, statuses.Count(s => s.Value == JobStatus.Archived));
        Assert.Equal(JobStatus.Open, statuses[old.NewJobIds[0]]);
        Assert.Equal(JobStatus.Open, statuses[old.NewJobIds[1]]);
        Assert.Equal(0, await _services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct)); // nothing left to archive
    }

    [Fact]
    public async Task Archive_MoreThanOneBatch_ArchivesEveryPosting()
    {
        var source = await AddSourceAsync(_services);
        var count = ArchiveService.BatchSize * 2 + 123;
        await _services.GetRequiredService<JobStore>().IngestAsync(source, Postings("bulk", count), Now.AddDays(-200), null, Ct);

        Assert.Equal(count, await _services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct));
        Assert.All((await StatusesAsync(_services)).Values, s => Assert.Equal(JobStatus.Archived, s));
    }

    [Fact]
    public async Task Archive_NegativeDays_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _services.GetRequiredService<ArchiveService>().ArchiveAsync(-1, Ct));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ingest_AnArchivedPostingSeenAgain_OpensIt(bool contentChanged)
    {
        var source = await AddSourceAsync(_services);
        var store = _services.GetRequiredService<JobStore>();
        var postings = Postings("seen", 2);
        await store.IngestAsync(source, postings, Now.AddDays(-100), null, Ct);
        await _services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct);

        IReadOnlyList<NormalizedPosting> again = contentChanged ? [.. postings.Select(p => p with { ContentHash = p.ContentHash + 1 })] : postings;
        await store.IngestAsync(source, again, Now, 3, Ct);

        Assert.All((await StatusesAsync(_services)).Values, s => Assert.Equal(JobStatus.Open, s));
    }

    [Fact]
    public async Task ArchivedPostings_LeaveTheDefaultList_ButAreFilterableAndExportable()
    {
        await _services.DisposeAsync(); // the app takes the data directory
        await using var factory = new JobSentinelFactory(_directory.Path);
        using var api = factory.CreateApiClient();
        var source = await AddSourceAsync(factory.Services);
        await factory.Services.GetRequiredService<JobStore>().IngestAsync(source, Postings("gone", 2), Now.AddDays(-100), null, Ct);
        await factory.Services.GetRequiredService<JobStore>().IngestAsync(source, Postings("live", 1), Now, null, Ct);
        Assert.Equal(2, await factory.Services.GetRequiredService<ArchiveService>().ArchiveAsync(90, Ct));

        var open = await api.GetJsonAsync("/api/v1/jobs");
        var archived = await api.GetJsonAsync("/api/v1/jobs?status=archived");
        using var csv = await api.GetAsync("/api/v1/jobs/export?format=csv&status=archived", Ct);
        using var json = await api.GetAsync("/api/v1/jobs/export?format=json&status=archived", Ct);

        Assert.Equal(1, open.GetProperty("total").GetInt32());
        Assert.Equal(2, archived.GetProperty("total").GetInt32());
        Assert.All(archived.GetProperty("items").EnumerateArray(), j => Assert.Equal("archived", j.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var csvText = await csv.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Role gone 0", csvText, StringComparison.Ordinal);
        Assert.Contains("Role gone 1", csvText, StringComparison.Ordinal);
        Assert.DoesNotContain("Role live 0", csvText, StringComparison.Ordinal);
        var exported = JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(2, exported.GetArrayLength());
        Assert.All(exported.EnumerateArray(), j => Assert.Equal("archived", j.GetProperty("status").GetString()));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<int> AddSourceAsync(IServiceProvider services)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Ct);
        var source = new Source { Name = $"Board {Guid.NewGuid():N}", Type = SourceType.Greenhouse, Board = "acme", Schedule = "0 * * * *", CreatedAt = Now, UpdatedAt = Now };
        context.Sources.Add(source);
        await context.SaveChangesAsync(Ct);
        return source.Id;
    }

    internal static IReadOnlyList<NormalizedPosting> Postings(string prefix, int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new NormalizedPosting
        {
            ExternalId = $"{prefix}-{i}",
            DedupKey = $"{prefix}-{i}",
            ContentHash = i + 1,
            Title = $"Role {prefix} {i}",
            Company = "Acme",
            Location = "Berlin",
            DescriptionText = $"Role {prefix} {i}: C# and PostgreSQL.",
            DescriptionHtml = $"<p>Role {prefix} {i}: C# and PostgreSQL.</p>",
        }),
    ];

    private static async Task<Dictionary<long, JobStatus>> StatusesAsync(IServiceProvider services)
    {
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Ct);
        return await context.Jobs.ToDictionaryAsync(j => j.Id, j => j.Status, Ct);
    }
}
