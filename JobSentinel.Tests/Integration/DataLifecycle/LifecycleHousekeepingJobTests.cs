using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Operations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.BackgroundJobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Integration.DataLifecycle;

/// <summary>The scheduled archive waits for the maintenance window; stuck scrape runs are failed automatically.</summary>
public sealed class LifecycleHousekeepingJobTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)); // Monday 10:00 UTC
    private readonly RecordingJobClient _jobs = new();
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync() =>
        _services = await CoreServices.BuildInitializedAsync(_directory.Path, configure: services => services.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Archive_OutsideTheWindow_IsDeferredToTheWindowsStart()
    {
        await SeedStaleAsync();

        await Job(window: "02:00-04:00").ArchiveAsync(Ct);

        Assert.Equal(0, await ArchivedAsync());
        var scheduled = Assert.IsType<ScheduledState>(Assert.Single(_jobs.Created).State);
        Assert.Equal(new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc), scheduled.EnqueueAt);
        Assert.Equal(nameof(LifecycleHousekeepingJob.ArchiveAsync), _jobs.Created[0].Job.Method.Name);
    }

    [Fact]
    public async Task Archive_InsideTheWindow_Runs()
    {
        await SeedStaleAsync();
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 2, 30, 0, TimeSpan.Zero));

        await Job(window: "02:00-04:00").ArchiveAsync(Ct);

        Assert.Equal(2, await ArchivedAsync());
        Assert.Empty(_jobs.Created);
    }

    [Fact]
    public async Task Archive_NoWindow_RunsAtOnce_AndZeroDaysTurnsItOff()
    {
        await SeedStaleAsync();

        await Job(window: null, days: 0).ArchiveAsync(Ct);
        Assert.Equal(0, await ArchivedAsync());

        await Job(window: null).ArchiveAsync(Ct);
        Assert.Equal(2, await ArchivedAsync());
    }

    [Fact]
    public async Task ResetStuckRuns_FailsARunLeftRunningLongerThanAnyRunMayLast()
    {
        var source = await ArchiveTests.AddSourceAsync(_services);
        var now = _time.GetUtcNow().UtcDateTime;
        await using (var context = await Contexts.CreateDbContextAsync(Ct))
        {
            context.ScrapeRuns.AddRange(
                new ScrapeRun { SourceId = source, Status = ScrapeRunStatus.Running, Trigger = "cli", CreatedAt = now.AddMinutes(-45), StartedAt = now.AddMinutes(-45) },
                new ScrapeRun { SourceId = source, Status = ScrapeRunStatus.Running, Trigger = "cli", CreatedAt = now.AddMinutes(-10), StartedAt = now.AddMinutes(-10) });
            await context.SaveChangesAsync(Ct);
        }

        await Job(window: null).ResetStuckRunsAsync(Ct);

        await using var verify = await Contexts.CreateDbContextAsync(Ct);
        var runs = await verify.ScrapeRuns.OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(ScrapeRunStatus.Failed, runs[0].Status);
        Assert.Equal("reset: stuck for 45 min", runs[0].Error);
        Assert.Equal(ScrapeRunStatus.Running, runs[1].Status);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IDbContextFactory<JobSentinelDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();

    private LifecycleHousekeepingJob Job(string? window, int days = 90) => new(
        _services.GetRequiredService<ArchiveService>(),
        _services.GetRequiredService<DatabaseMaintenance>(),
        _services.GetRequiredService<StuckRunReset>(),
        _jobs,
        Monitor(new ArchiveOptions { OlderThanDays = days }),
        Monitor(new MaintenanceOptions { Window = window }),
        Monitor(new ScrapingOptions()),
        _time,
        NullLogger<LifecycleHousekeepingJob>.Instance);

    private async Task SeedStaleAsync()
    {
        var source = await ArchiveTests.AddSourceAsync(_services);
        await _services.GetRequiredService<JobStore>().IngestAsync(source, ArchiveTests.Postings("stale", 2), _time.GetUtcNow().UtcDateTime.AddDays(-120), null, Ct);
    }

    private async Task<int> ArchivedAsync()
    {
        await using var context = await Contexts.CreateDbContextAsync(Ct);
        return await context.Jobs.CountAsync(j => j.Status == JobStatus.Archived, Ct);
    }

    private static IOptionsMonitor<T> Monitor<T>(T value) where T : class => new StaticMonitor<T>(value);

    private sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }

    private sealed class RecordingJobClient : IBackgroundJobClient
    {
        public List<(Job Job, IState State)> Created { get; } = [];

        public string Create(Job job, IState state)
        {
            Created.Add((job, state));
            return Created.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }
}
