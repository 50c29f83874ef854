using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Security;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Operations;

/// <summary>Backups taken, checked, pruned and restored (CLI too) leave entries in the audit log.</summary>
public sealed class BackupAuditTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString() + error);
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient api, string kind) =>
        [.. (await api.GetJsonAsync($"/api/v1/admin/audit?kind={kind}")).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task CreateVerifyAndCliRestore_AreAudited()
    {
        using var directory = new TempDirectory();
        string name;
        await using (var factory = new JobSentinelFactory(directory.Path))
        {
            using var api = factory.CreateApiClient();
            using var created = await api.PostAsync("/api/v1/admin/backups", null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            name = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("name").GetString()!;
            using var verified = await api.PostAsync($"/api/v1/admin/backups/{name}/verify", null, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);

            Assert.Equal(name, Assert.Single(await AuditAsync(api, AuditKinds.BackupCreated)).GetProperty("detail").GetString());
            Assert.Equal($"{name}: ok", Assert.Single(await AuditAsync(api, AuditKinds.BackupVerified)).GetProperty("detail").GetString());
        }

        var (restored, output) = await RunAsync("backup", "restore", name, "--data-dir", directory.Path);
        Assert.True(restored == CliApp.Success, output);
        var junk = Path.Combine(directory.Path, "junk.zip");
        await File.WriteAllTextAsync(junk, "not an archive", TestContext.Current.CancellationToken);
        var (refused, _) = await RunAsync("backup", "restore", junk, "--data-dir", directory.Path);
        Assert.Equal(CliApp.Failure, refused);

        await using var again = new JobSentinelFactory(directory.Path);
        using var client = again.CreateApiClient();
        var restore = Assert.Single(await AuditAsync(client, AuditKinds.BackupRestored));
        Assert.Equal("cli", restore.GetProperty("actor").GetString());
        Assert.StartsWith($"{name} restored", restore.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("junk.zip", Assert.Single(await AuditAsync(client, AuditKinds.BackupRestoreFailed)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledBackup_BeyondRetention_AuditsTheDeletedArchives()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?> { ["JobSentinel:Backups:Retention"] = "1" });
        _ = factory.Server;

        await factory.Services.GetRequiredService<ScheduledBackupJob>().RunAsync(TestContext.Current.CancellationToken);
        await factory.Services.GetRequiredService<ScheduledBackupJob>().RunAsync(TestContext.Current.CancellationToken);

        var deleted = await factory.Services.GetRequiredService<AuditLog>()
            .QueryAsync(new AuditQuery(AuditKinds.BackupDeleted), 1, 10, TestContext.Current.CancellationToken);
        Assert.Equal("1 archive(s) beyond the newest 1 deleted", Assert.Single(deleted.Items).Detail);
    }
}
