using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Core.Configuration;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Operations;

/// <summary>Backups through the API while the app writes, their archives, verification of good and damaged ones, restore and maintenance from the CLI.</summary>
public sealed class BackupsTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private JobSentinelFactory _factory = null!;
    private HttpClient _api = null!;

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
    public async Task Create_WhileTheAppWrites_ArchivesAConsistentDatabaseUploadsKeysAndManifest()
    {
        await UploadAsync("jane.txt");

        // Keep writing (job descriptions) while the backup runs.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var pasted = await _api.PostAsJsonAsync("/api/v1/job-descriptions", new { text = ResumeFiles.JobDescription }, CancellationToken.None);
            }
        }, CancellationToken.None);
        using var response = await _api.PostAsync("/api/v1/admin/backups", null, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var name = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
        using (var archive = ZipFile.OpenRead(Path.Combine(_directory.Path, "backups", name)))
        {
            var entries = archive.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("database/jobsentinel.db", entries);
            Assert.Contains("manifest.json", entries);
            Assert.Contains(entries, e => e.StartsWith("uploads/", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.StartsWith("keys/", StringComparison.Ordinal));
        }

        var list = await _api.GetJsonAsync("/api/v1/admin/backups");
        Assert.Equal(name, list.GetProperty("items")[0].GetProperty("name").GetString());
        var verified = await VerifyAsync(name);
        Assert.True(verified.GetProperty("ok").GetBoolean(), verified.ToString());
        Assert.Contains((await _api.GetJsonAsync("/api/v1/admin/audit?kind=backup.created")).GetProperty("items").EnumerateArray(),
            e => e.GetProperty("detail").GetString() == name);
    }

    [Fact]
    public async Task Verify_DamagedArchive_ReportsTheEntryThatChanged()
    {
        using var response = await _api.PostAsync("/api/v1/admin/backups", null, TestContext.Current.CancellationToken);
        var name = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
        var path = Path.Combine(_directory.Path, "backups", name);
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var keys = archive.Entries.First(e => e.FullName.StartsWith("keys/", StringComparison.Ordinal));
            var keyName = keys.FullName;
            keys.Delete();
            await using var replaced = archive.CreateEntry(keyName).Open();
            await replaced.WriteAsync("tampered"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var verified = await VerifyAsync(name);

        Assert.False(verified.GetProperty("ok").GetBoolean());
        Assert.Contains("does not match its checksum", verified.GetProperty("problems")[0].GetString());
    }

    [Fact]
    public async Task Restore_RefusedWhileServing_ThenBringsBackTheBackupAndKeepsTheCurrentDataAside()
    {
        await UploadAsync("before.txt");
        using var created = await _api.PostAsync("/api/v1/admin/backups", null, TestContext.Current.CancellationToken);
        var name = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
        await UploadAsync("after.txt");

        var (whileServing, servingOutput) = await RunAsync("backup", "restore", name, "--data-dir", _directory.Path);
        Assert.Equal(CliApp.Failure, whileServing);
        Assert.Contains("Another JobSentinel process", servingOutput, StringComparison.Ordinal);

        await _factory.DisposeAsync();
        var (restored, output) = await RunAsync("backup", "restore", name, "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Success, restored);
        Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "restore-aside"), "jobsentinel.db", SearchOption.AllDirectories));
        Assert.Contains("restore-aside", output, StringComparison.Ordinal);
        await using var again = new JobSentinelFactory(_directory.Path);
        using var api = again.CreateApiClient();
        var resumes = await api.GetJsonAsync("/api/v1/resumes");
        Assert.Equal(["before.txt"], resumes.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("fileName").GetString()));
        var resumeId = resumes.GetProperty("items")[0].GetProperty("id").GetInt64();
        await api.DeleteAsync($"/api/v1/resumes/{resumeId}", TestContext.Current.CancellationToken); // its file came back too
        Assert.Empty(Directory.GetFiles(Path.Combine(_directory.Path, "uploads")));
    }

    [Fact]
    public async Task Restore_DamagedArchive_ChangesNothing()
    {
        await UploadAsync("kept.txt");
        await _factory.DisposeAsync();
        var junk = Path.Combine(_directory.Path, "junk.zip");
        await File.WriteAllTextAsync(junk, "not a zip", TestContext.Current.CancellationToken);

        var (code, output) = await RunAsync("backup", "restore", junk, "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Failure, code);
        Assert.Contains("Not restored", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_directory.Path, "restore-aside")));
        await using var again = new JobSentinelFactory(_directory.Path);
        using var api = again.CreateApiClient();
        Assert.Equal(1, (await api.GetJsonAsync("/api/v1/resumes")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Migrations_OnExistingData_AreDoneAfterABackup()
    {
        await UploadAsync("jane.txt");
        await _factory.DisposeAsync();
        var backups = Path.Combine(_directory.Path, "backups");

        var (reverted, _) = await RunAsync("migrate", "--rollback", "MatchingAndAlerts", "--data-dir", _directory.Path);
        var afterRollback = Directory.GetFiles(backups, "*.zip").Length;
        var (migrated, _) = await RunAsync("migrate", "--data-dir", _directory.Path);

        Assert.Equal((CliApp.Success, CliApp.Success), (reverted, migrated));
        Assert.Equal(1, afterRollback);
        Assert.Equal(2, Directory.GetFiles(backups, "*.zip").Length);
        var (verified, _) = await RunAsync("backup", "verify", Directory.GetFiles(backups, "*.zip")[0], "--data-dir", _directory.Path);
        Assert.Equal(CliApp.Success, verified);
    }

    [Fact]
    public async Task Maintenance_ChecksAnalyzesAndCompacts_AndRefusesWhileServing()
    {
        await UploadAsync("jane.txt");

        var (whileServing, _) = await RunAsync("maintenance", "--data-dir", _directory.Path);
        await _factory.DisposeAsync();
        var (code, output) = await RunAsync("maintenance", "--data-dir", _directory.Path);

        Assert.Equal(CliApp.Failure, whileServing);
        Assert.Equal(CliApp.Success, code);
        Assert.Contains("integrity: ok", output, StringComparison.Ordinal);
        Assert.Contains("ANALYZE and VACUUM done", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledBackup_KeepsOnlyTheRetainedNumberOfArchives()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?> { ["JobSentinel:Backups:Retention"] = "2" });
        _ = factory.Server;

        for (var i = 0; i < 3; i++)
        {
            await factory.Services.GetRequiredService<ScheduledBackupJob>().RunAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, Directory.GetFiles(Path.Combine(directory.Path, "backups"), "*.zip").Length);
    }

    [Fact]
    public async Task Create_WithCopyTo_CopiesTheArchive_AndAnUnwritableFolderOnlyReportsTheFailure()
    {
        using var directory = new TempDirectory();
        var offsite = Path.Combine(directory.Path, "offsite");
        var blocked = Path.Combine(directory.Path, "blocked");
        await File.WriteAllTextAsync(blocked, "a file where the folder should be", TestContext.Current.CancellationToken);
        await using var core = await CoreServices.BuildInitializedAsync(Path.Combine(directory.Path, "data"),
            new Dictionary<string, string?> { ["JobSentinel:Backups:CopyTo"] = offsite });
        var service = core.GetRequiredService<Core.Backups.BackupService>();

        var copied = await service.CreateAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Path.Combine(offsite, copied.Name), copied.CopiedTo);
        Assert.True((await service.VerifyAsync(copied.CopiedTo!, TestContext.Current.CancellationToken)).Ok);
        await using var blockedCore = CoreServices.Build(Path.Combine(directory.Path, "data"), new Dictionary<string, string?> { ["JobSentinel:Backups:CopyTo"] = blocked });
        var failed = await blockedCore.GetRequiredService<Core.Backups.BackupService>().CreateAsync(TestContext.Current.CancellationToken);
        Assert.Null(failed.CopiedTo);
        Assert.Contains("failed", failed.CopyError, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(directory.Path, "data", "backups"), "*.zip").Length);
    }

    [Fact]
    public void BackupsOptions_BadScheduleOrRetention_NameTheKeys()
    {
        var result = new BackupsOptionsValidator().Validate(null, new BackupsOptions { Schedule = "every day", Retention = 0, CopyTo = "relative/folder" });

        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Backups:Schedule", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Backups:Retention", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("JobSentinel:Backups:CopyTo", StringComparison.Ordinal));
        Assert.True(new BackupsOptionsValidator().Validate(null, new BackupsOptions { Schedule = "" }).Succeeded);
    }

    [Fact]
    public async Task WeeklyVerify_DamagedNewestArchive_PutsHealthToDegraded()
    {
        using var created = await _api.PostAsync("/api/v1/admin/backups", null, TestContext.Current.CancellationToken);
        var name = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
        var job = _factory.Services.GetRequiredService<ScheduledBackupJob>();
        await job.VerifyNewestAsync(TestContext.Current.CancellationToken);
        Assert.Equal("healthy", (await _api.GetJsonAsync("/api/v1/health/backups")).GetProperty("status").GetString());

        var path = Path.Combine(_directory.Path, "backups", name);
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        bytes[bytes.Length / 3] ^= 0xFF; // flip a byte inside the compressed database
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        await job.VerifyNewestAsync(TestContext.Current.CancellationToken);

        var health = await _api.GetJsonAsync("/api/v1/health/backups");
        Assert.Equal("degraded", health.GetProperty("status").GetString());
        Assert.Contains($"The last verification of {name} failed", health.GetProperty("checks").GetProperty("backups").GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("nope.zip")]
    [InlineData("..%2Fjobsentinel.db")]
    public async Task Verify_UnknownName_Answers404(string name)
    {
        using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/verify", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cli_CreateListVerify_AndAFileThatIsNoBackup()
    {
        await _factory.DisposeAsync(); // the CLI works on the same data directory
        var junk = Path.Combine(_directory.Path, "junk.zip");
        await File.WriteAllTextAsync(junk, "not a zip", TestContext.Current.CancellationToken);

        var (created, createdOutput) = await RunAsync("backup", "create", "--data-dir", _directory.Path);
        var name = createdOutput.Split(' ')[1];
        var (listed, listOutput) = await RunAsync("backup", "list", "--data-dir", _directory.Path);
        var (verified, verifyOutput) = await RunAsync("backup", "verify", name, "--data-dir", _directory.Path);
        var (broken, brokenOutput) = await RunAsync("backup", "verify", junk, "--data-dir", _directory.Path);

        Assert.Equal((CliApp.Success, CliApp.Success, CliApp.Success, CliApp.Failure), (created, listed, verified, broken));
        Assert.Contains(name, listOutput, StringComparison.Ordinal);
        Assert.Contains(": ok (", verifyOutput, StringComparison.Ordinal);
        Assert.Contains("FAILED", brokenOutput, StringComparison.Ordinal);
    }

    private async Task UploadAsync(string fileName)
    {
        using var upload = await _api.PostAsync("/api/v1/resumes", ResumeFiles.Form(ResumeFiles.TextFile(), fileName), TestContext.Current.CancellationToken);
        upload.EnsureSuccessStatusCode();
    }

    private async Task<JsonElement> VerifyAsync(string name)
    {
        using var response = await _api.PostAsync($"/api/v1/admin/backups/{name}/verify", null, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output + error.ToString());
    }
}
