using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Data;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Operations;

/// <summary>Maintenance mode of the running app (API held back, background work paused, health degraded) and the in-app restore.</summary>
public sealed class MaintenanceRestoreTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new JobSentinelFactory(_directory.Path);
        _api = _factory.CreateApiClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        await _factory.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Maintenance_HoldsBackTheApiButNotHealthVersionAndAdmin_UntilTurnedOff()
    {
        Assert.False((await _api.GetJsonAsync("/api/v1/admin/maintenance")).GetProperty("enabled").GetBoolean());

        var on = await SetMaintenanceAsync(true, "moving disks");
        Assert.True(on.GetProperty("enabled").GetBoolean());
        Assert.Equal("moving disks", on.GetProperty("reason").GetString());
        Assert.Equal("bootstrap", on.GetProperty("by").GetString()); // the API key's name

        using (var jobs = await _api.GetAsync("/api/v1/jobs", Token))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, jobs.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), jobs.Headers.RetryAfter?.Delta);
            var problem = await jobs.Content.ReadFromJsonAsync<JsonElement>(Token);
            Assert.Equal("JobSentinel is in maintenance mode: moving disks", problem.GetProperty("detail").GetString());
        }

        using (var health = await _api.GetAsync("/api/v1/health", Token))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            var body = await health.Content.ReadFromJsonAsync<JsonElement>(Token);
            Assert.Equal("degraded", body.GetProperty("status").GetString());
            Assert.Contains("Maintenance mode", body.GetProperty("checks").GetProperty("hangfire").GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        using (var overall = await _api.GetAsync("/health", Token))
        {
            Assert.Equal(HttpStatusCode.OK, overall.StatusCode);
        }

        using (var version = await _api.GetAsync("/api/v1/version", Token))
        {
            Assert.Equal(HttpStatusCode.OK, version.StatusCode);
        }

        using (var backups = await _api.GetAsync("/api/v1/admin/backups", Token))
        {
            Assert.Equal(HttpStatusCode.OK, backups.StatusCode);
        }

        Assert.False((await SetMaintenanceAsync(false, null)).GetProperty("enabled").GetBoolean());
        using (var jobs = await _api.GetAsync("/api/v1/jobs", Token))
        {
            Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        }

        var audit = (await _api.GetJsonAsync("/api/v1/admin/audit?pageSize=50")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("maintenance.enabled", audit);
        Assert.Contains("maintenance.disabled", audit);
    }

    [Fact]
    public async Task Maintenance_WithoutEnabled_Answers400()
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/admin/maintenance", new { reason = "x" }, Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'enabled' is required", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maintenance_KeepsQueuedWorkWaiting_AndRunsItWhenTurnedOff()
    {
        await SetMaintenanceAsync(true, "test");

        // A kind without a handler: when it runs it fails at once, so its status tells whether it ran.
        var item = await _factory.Services.GetRequiredService<WorkQueue>().EnqueueAsync("maintenance-probe", null, Token);
        await Task.Delay(TimeSpan.FromSeconds(2), Token);
        Assert.Equal(WorkItemStatus.Queued, await StatusOfAsync(item.Id));

        await SetMaintenanceAsync(false, null);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await StatusOfAsync(item.Id) is WorkItemStatus.Queued or WorkItemStatus.Processing && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Token);
        }

        Assert.Equal(WorkItemStatus.Failed, await StatusOfAsync(item.Id));
    }

    [Fact]
    public async Task Restore_WithoutMaintenanceMode_Answers409()
    {
        var name = await BackUpAsync();

        using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/restore", null, Token);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("turn on maintenance mode first", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "restore-aside")));
    }

    [Fact]
    public async Task Restore_UnknownBackup_Answers404()
    {
        await SetMaintenanceAsync(true, "restore");

        using var response = await _api.PostAsync("/api/v1/admin/backups/jobsentinel-nope.zip/restore", null, Token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Restore_DamagedArchive_Answers422AndChangesNothing()
    {
        await AddPostingsAsync(0, 2);
        var name = await BackUpAsync();
        using (var archive = ZipFile.Open(Path.Combine(_directory.Path, "backups", name), ZipArchiveMode.Update))
        {
            archive.GetEntry("database/jobsentinel.db")!.Delete();
            await using var replaced = archive.CreateEntry("database/jobsentinel.db").Open();
            await replaced.WriteAsync("not a database"u8.ToArray(), Token);
        }

        await AddPostingsAsync(2, 1);
        await SetMaintenanceAsync(true, "restore");

        using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/restore", null, Token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("does not match its checksum", await response.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "restore-aside")));
        await SetMaintenanceAsync(false, null);
        Assert.Equal(3, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
        Assert.Contains((await _api.GetJsonAsync("/api/v1/admin/audit?kind=backup.restoreFailed")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("detail").GetString()!.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_InMaintenance_BringsBackTheBackupWhileServing_AndKeepsTheNewerDataAside()
    {
        await AddPostingsAsync(0, 2);
        var name = await BackUpAsync();
        await AddPostingsAsync(2, 3);
        Assert.Equal(5, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
        await SetMaintenanceAsync(true, "restore yesterday's backup");

        using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/restore", null, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Token);
        Assert.Equal(name, body.GetProperty("backup").GetString());
        Assert.True(body.GetProperty("verification").GetProperty("ok").GetBoolean());
        Assert.Contains("next start", body.GetProperty("message").GetString(), StringComparison.Ordinal);
        var aside = body.GetProperty("setAsideIn").GetString()!;
        Assert.StartsWith(Path.Combine(_directory.Path, "restore-aside"), aside, StringComparison.Ordinal);

        await SetMaintenanceAsync(false, null);
        Assert.Equal(2, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
        await AddPostingsAsync(10, 1);
        Assert.Equal(3, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());

        Assert.Equal(5L, Scalar(Path.Combine(aside, "jobsentinel.db"), "SELECT COUNT(*) FROM Jobs"));
        Assert.Equal("ok", Scalar(Path.Combine(_directory.Path, "jobsentinel.db"), "PRAGMA integrity_check"));
        Assert.Contains((await _api.GetJsonAsync("/api/v1/admin/audit?kind=backup.restored")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("detail").GetString()!.Contains(aside, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restore_TwiceInARow_KeepsEachSetAsideApart()
    {
        await AddPostingsAsync(0, 1);
        var name = await BackUpAsync();
        await SetMaintenanceAsync(true, "restore");

        List<string> asides = [];
        for (var i = 0; i < 2; i++)
        {
            using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/restore", null, Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            asides.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("setAsideIn").GetString()!);
        }

        Assert.NotEqual(asides[0], asides[1]);
        Assert.All(asides, a => Assert.True(File.Exists(Path.Combine(a, "jobsentinel.db"))));
        await SetMaintenanceAsync(false, null);
        Assert.Equal(1, (await _api.GetJsonAsync("/api/v1/jobs")).GetProperty("total").GetInt32());
    }

    private async Task<JsonElement> SetMaintenanceAsync(bool enabled, string? reason)
    {
        using var response = await _api.PostAsJsonAsync("/api/v1/admin/maintenance", new { enabled, reason }, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Token);
    }

    private async Task<string> BackUpAsync()
    {
        using var created = await _api.PostAsync("/api/v1/admin/backups", null, Token);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Token)).GetProperty("name").GetString()!;
    }

    private async Task AddPostingsAsync(int first, int count)
    {
        for (var i = first; i < first + count; i++)
        {
            using var response = await _api.PostAsJsonAsync("/api/v1/jobs",
                new { url = $"https://careers.example.org/jobs/{i}", title = $"Engineer {i}", company = "Example", description = "Build things." }, Token);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    private async Task<WorkItemStatus> StatusOfAsync(long id)
    {
        await using var context = await _factory.Services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(Token);
        return await context.WorkItems.Where(w => w.Id == id).Select(w => w.Status).SingleAsync(Token);
    }

    private static object? Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
