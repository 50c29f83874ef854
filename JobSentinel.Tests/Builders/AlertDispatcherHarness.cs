using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Builders;

/// <summary>
/// The alert dispatcher over the real Core services on a SQLite file, on a fake clock: tests add
/// channels and postings, queue alerts, move the clock and run one dispatch pass at a time.
/// </summary>
public sealed class AlertDispatcherHarness : IAsyncDisposable
{
    public const string PublicUrl = "https://sentinel.example";

    private readonly TempDirectory _directory;
    private readonly ServiceProvider _services;

    private AlertDispatcherHarness(TempDirectory directory, ServiceProvider services, FakeTimeProvider clock)
    {
        _directory = directory;
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public AlertChannelService Channels => _services.GetRequiredService<AlertChannelService>();

    /// <summary>Any Core service of this harness (e.g. the feature flags).</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <param name="alertSettings">Keys under JobSentinel:Alerts, e.g. BatchSize.</param>
    public static async Task<AlertDispatcherHarness> StartAsync(DateTimeOffset now, IReadOnlyDictionary<string, string>? alertSettings = null)
    {
        var directory = new TempDirectory();
        var clock = new FakeTimeProvider(now);
        var settings = new Dictionary<string, string?> { ["JobSentinel:Alerts:PublicUrl"] = PublicUrl };
        foreach (var (key, value) in alertSettings ?? new Dictionary<string, string>())
        {
            settings[$"JobSentinel:Alerts:{key}"] = value;
        }

        try
        {
            var services = await CoreServices.BuildInitializedAsync(directory.Path, settings, configure: s => s.AddSingleton<TimeProvider>(clock));
            return new AlertDispatcherHarness(directory, services, clock);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>One pass over every channel, as the dispatcher's loop makes it; answers when something next falls due.</summary>
    public Task<DateTime?> DispatchAsync() => _services.GetRequiredService<AlertDispatcher>().DispatchAsync(Cancellation);

    public async Task<int> AddChannelAsync(AlertChannelDraft draft)
    {
        var result = await Channels.CreateAsync(draft, "test", Cancellation);
        Assert.True(result.Value is not null, $"channel not saved: {string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"))}");
        return result.Value.Id;
    }

    /// <summary>A posting added by hand; with channels present this runs the match pipeline, which may queue alerts.</summary>
    public Task<JobView> AddPostingAsync(string title, string company = "Acme") =>
        _services.GetRequiredService<JobTriage>().AddManualAsync(new ManualJobDraft
        {
            Url = $"https://boards.example/{company.ToLowerInvariant()}/jobs/{Guid.NewGuid():N}",
            Title = title,
            Company = company,
            Location = "Berlin, Germany",
            Description = $"{title} at {company}. Go, Kubernetes and PostgreSQL.",
        }, Cancellation);

    /// <summary>Puts an alert for <paramref name="job"/> in the outbox, as the planner would, with the kind and score given.</summary>
    public async Task QueueAsync(int channelId, JobView job, AlertKind kind, double score = 0.95)
    {
        var profile = await _services.GetRequiredService<ProfileService>().GetAsync(null, Cancellation);
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var context = await CreateContextAsync();
        context.Alerts.Add(new Alert
        {
            ChannelId = channelId,
            JobId = job.Id,
            ProfileId = profile!.Id,
            Score = score,
            Kind = kind,
            Status = AlertStatus.Pending,
            MatchedAt = now,
            CreatedAt = now,
        });
        await context.SaveChangesAsync(Cancellation);
    }

    public async Task<List<Alert>> AlertsAsync(int channelId)
    {
        await using var context = await CreateContextAsync();
        return await context.Alerts.AsNoTracking().Where(a => a.ChannelId == channelId).OrderBy(a => a.Id).ToListAsync(Cancellation);
    }

    /// <summary>Deletes the posting the way deleting its only source does (alerts have no foreign key to postings).</summary>
    public async Task DeletePostingAsync(long jobId)
    {
        await using var context = await CreateContextAsync();
        await context.Database.ExecuteSqlAsync($"DELETE FROM JobsFts WHERE rowid = {jobId}", Cancellation);
        Assert.Equal(1, await context.Jobs.Where(j => j.Id == jobId).ExecuteDeleteAsync(Cancellation));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    private Task<JobSentinelDbContext> CreateContextAsync() =>
        _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Cancellation);
}
