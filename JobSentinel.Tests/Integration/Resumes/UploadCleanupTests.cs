using JobSentinel.Core.Data;
using JobSentinel.Core.Resumes;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Resumes;

public sealed class UploadCleanupTests
{
    [Fact]
    public async Task Run_DeletesExpiredOriginalsAndOldOrphans_KeepsRecentFilesAndEveryParse()
    {
        using var directory = new TempDirectory();
        await using var core = await CoreServices.BuildInitializedAsync(directory.Path, new Dictionary<string, string?> { ["JobSentinel:Uploads:RetentionDays"] = "30" });
        var resumes = core.GetRequiredService<ResumeService>();
        var old = await resumes.UploadAsync(ResumeFiles.TextFile(), "old.txt", CancellationToken.None);
        var recent = await resumes.UploadAsync(ResumeFiles.TextFile(), "recent.txt", CancellationToken.None);
        await using (var context = await core.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await context.Resumes.Where(r => r.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.UploadedAt, DateTime.UtcNow.AddDays(-31)), TestContext.Current.CancellationToken);
        }

        var uploads = Path.Combine(directory.Path, "uploads");
        var orphan = Path.Combine(uploads, "0123456789abcdef.pdf");
        var freshOrphan = Path.Combine(uploads, "fedcba9876543210.pdf.tmp");
        await File.WriteAllTextAsync(orphan, "left by a crash", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(freshOrphan, "being written", TestContext.Current.CancellationToken);
        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddDays(-2));

        var deleted = await core.GetRequiredService<UploadCleanup>().RunAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.Equal(2, Directory.GetFiles(uploads).Length); // the recent resume's file and the fresh temporary file
        Assert.True(File.Exists(freshOrphan));
        var list = await resumes.ListAsync(CancellationToken.None);
        Assert.False(list.Single(r => r.Id == old.Id).FileKept);
        Assert.True(list.Single(r => r.Id == recent.Id).FileKept);
        Assert.Equal(old.AtsReport.Score, (await resumes.GetAsync(old.Id, CancellationToken.None))!.AtsReport.Score);
    }
}
