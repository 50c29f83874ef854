using JobSentinel.Core.Data;
using JobSentinel.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Resumes;

/// <summary>Uploads (analysed before anything is stored), lists, reads and deletes resumes.</summary>
public sealed partial class ResumeService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ResumeAnalyzer analyzer,
    UploadStore uploads,
    TimeProvider timeProvider,
    ILogger<ResumeService> logger)
{
    /// <summary>Analyses and stores a resume. A file that cannot be analysed throws before anything is written.</summary>
    /// <exception cref="DocumentRejectedException">The file is too large, of an unsupported type, or unreadable.</exception>
    public async Task<ResumeDetail> UploadAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        fileName = CleanFileName(fileName);
        var analysis = analyzer.Analyze(content, fileName);
        var storedName = await uploads.SaveAsync(content, analysis.Document.Format, cancellationToken);
        var resume = new Resume
        {
            FileName = fileName,
            StoredName = storedName,
            Format = analysis.Document.Format,
            SizeBytes = content.LongLength,
            Sha256 = UploadStore.Sha256(content),
            CandidateName = Truncate(analysis.Resume.Contact.Name, 200),
            AtsScore = analysis.Report.Score,
            AtsRating = analysis.Report.Rating,
            SkillCount = analysis.Resume.Skills.Count,
            Text = analysis.Document.Text,
            ParseJson = AnalysisJson.Write(analysis.Resume),
            AtsJson = AnalysisJson.Write(analysis.Report),
            LayoutJson = AnalysisJson.Write(analysis.Document.Layout),
            UploadedAt = timeProvider.GetUtcNow().UtcDateTime,
            AnalysisMs = (long)Math.Round(analysis.Duration.TotalMilliseconds),
        };
        try
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            context.Resumes.Add(resume);
            await context.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            uploads.Delete(storedName); // no row, no file
            throw;
        }

        LogUploaded(logger, resume.Id, resume.Format, resume.AtsScore);
        return ToDetail(resume);
    }

    public async Task<IReadOnlyList<ResumeView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Without the text and JSON columns: a list needs none of the kilobytes of each resume.
        return await context.Resumes.AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new ResumeView(r.Id, r.FileName, r.CandidateName, r.Format, r.SizeBytes, r.AtsScore, r.AtsRating, r.SkillCount, r.UploadedAt, r.StoredName != null))
            .ToListAsync(cancellationToken);
    }

    public async Task<ResumeDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var resume = await FindAsync(id, cancellationToken);
        return resume is null ? null : ToDetail(resume);
    }

    /// <summary>The parse of a stored resume, for evaluations and ranking.</summary>
    public async Task<ParsedResume?> GetParsedAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await context.Resumes.Where(r => r.Id == id).Select(r => r.ParseJson).SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : AnalysisJson.Read<ParsedResume>(json);
    }

    /// <summary>Deletes the resume, its stored file and its evaluations (cascade). False when there is no such resume.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var storedName = await context.Resumes.Where(r => r.Id == id).Select(r => new { r.StoredName }).SingleOrDefaultAsync(cancellationToken);
        if (storedName is null)
        {
            return false;
        }

        await context.Resumes.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        uploads.Delete(storedName.StoredName);
        return true;
    }

    private async Task<Resume?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Resumes.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
    }

    private static ResumeDetail ToDetail(Resume resume) => new(
        resume.Id,
        resume.FileName,
        resume.Format,
        resume.SizeBytes,
        resume.UploadedAt,
        ResumeSummary.From(resume.FileName, AnalysisJson.Read<ParsedResume>(resume.ParseJson)),
        AnalysisJson.Read<AtsReport>(resume.AtsJson),
        AnalysisJson.Read<DocumentLayout>(resume.LayoutJson),
        resume.Text);

    /// <summary>The user's file name without any directory part or control characters, at most 255 characters.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return Truncate(name.Length == 0 ? "upload" : name, 255)!;
    }

    private static string? Truncate(string? value, int length) => value is { Length: > 0 } && value.Length > length ? value[..length] : value;

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Resume {Id} uploaded ({Format}), ATS score {Score}")]
    private static partial void LogUploaded(ILogger logger, long id, FileFormat format, int score);
}
