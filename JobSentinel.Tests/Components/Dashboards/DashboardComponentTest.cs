using JobSentinel.Core.Dashboards;
using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Dashboards;

/// <summary>Dashboard widgets over the real <see cref="BusinessQueries"/> on a SQLite file.</summary>
public abstract class DashboardComponentTest : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    protected ServiceProvider Core { get; private set; } = null!;

    protected IDbContextFactory<JobSentinelDbContext> Db => Core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>();

    public async ValueTask InitializeAsync()
    {
        Core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(Core.GetRequiredService<BusinessQueries>());
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Core.DisposeAsync();
        _directory.Dispose();
    }

    protected async Task<int> AddPostingsAsync(params SeedPosting[] postings)
    {
        var source = await DashboardData.AddSourceAsync(Db, $"Board {Guid.NewGuid():N}");
        await DashboardData.AddPostingsAsync(Db, source, postings);
        return source;
    }

    protected static SeedPosting Posting(string company = "Acme", double hoursAgo = 1, string title = "Engineer", double? salary = null) =>
        new(title, company, DateTime.UtcNow.AddHours(-hoursAgo), salary);
}
