using JobSentinel.Core.Data;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Evaluations;

/// <summary>Job descriptions the user pastes or uploads to evaluate resumes against.</summary>
public sealed class JobDescriptionService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ResumeAnalyzer analyzer,
    UploadStore uploads,
    JobRequirementsExtractor requirements,
    TimeProvider timeProvider)
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 200_000;

    /// <summary>Field errors of a pasted description, or null when it can be saved.</summary>
    public static Dictionary<string, string[]>? Validate(string? title, string? text)
    {
        var errors = ValidateText("text", text, required: true) ?? [];
        if (title is { Length: > MaxTitleLength })
        {
            errors["title"] = [$"title may be at most {MaxTitleLength} characters."];
        }

        return errors.Count == 0 ? null : errors;
    }

    /// <exception cref="DocumentRejectedException">The file cannot be read.</exception>
    public async Task<JobDescriptionView> UploadAsync(byte[] content, string fileName, string? title, CancellationToken cancellationToken)
    {
        fileName = ResumeService.CleanFileName(fileName);
        var document = analyzer.ReadDocument(content, fileName);
        var storedName = await uploads.SaveAsync(content, document.Format, cancellationToken);
        try
        {
            return await AddAsync(TitleOf(title, document.Text, fileName), document.Text, fileName, storedName, document.Format, cancellationToken);
        }
        catch
        {
            uploads.Delete(storedName);
            throw;
        }
    }

    /// <summary>Errors of a description given as text in <paramref name="field"/>: missing (when required), too long, or not text at all.</summary>
    public static Dictionary<string, string[]>? ValidateText(string field, string? text, bool required)
    {
        string? error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = required ? $"{field} is required: paste the job description." : null;
        }
        else if (text.Length > MaxTextLength)
        {
            error = $"{field} may be at most {MaxTextLength} characters.";
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            // Binary pasted into a text field (a PDF or Word file's bytes): nothing in it can be analysed.
            error = $"{field} must be plain text; send a PDF or Word file as a file part instead.";
        }

        return error is null ? null : new Dictionary<string, string[]> { [field] = [error] };
    }

    /// <summary>Saves a pasted description; call <see cref="Validate"/> first.</summary>
    public Task<JobDescriptionView> PasteAsync(string? title, string text, CancellationToken cancellationToken) =>
        AddAsync(TitleOf(title, text, null), text.Trim(), null, null, FileFormat.Text, cancellationToken);

    public async Task<IReadOnlyList<JobDescriptionView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await context.JobDescriptionDocuments.AsNoTracking().OrderByDescending(d => d.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(ToView)];
    }

    public async Task<JobDescriptionView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.JobDescriptionDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return row is null ? null : ToView(row);
    }

    /// <summary>Deletes the description, its file and its evaluations (cascade).</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var row = await context.JobDescriptionDocuments.Where(d => d.Id == id).Select(d => new { d.StoredName }).SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return false;
        }

        await context.JobDescriptionDocuments.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
        uploads.Delete(row.StoredName);
        return true;
    }

    private async Task<JobDescriptionView> AddAsync(
        string title, string text, string? fileName, string? storedName, FileFormat format, CancellationToken cancellationToken)
    {
        var document = new JobDescriptionDocument
        {
            Title = title,
            Text = text,
            FileName = fileName,
            StoredName = storedName,
            Format = format,
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.JobDescriptionDocuments.Add(document);
        await context.SaveChangesAsync(cancellationToken);
        return ToView(document);
    }

    private JobDescriptionView ToView(JobDescriptionDocument d) =>
        new(d.Id, d.Title, d.FileName, d.Format, d.CreatedAt, d.Text, requirements.Extract(d.Text));

    // Without a title, the first line of the text names it (job descriptions start with the role), else the file name.
    private static string TitleOf(string? title, string text, string? fileName)
    {
        var chosen = !string.IsNullOrWhiteSpace(title)
            ? title.Trim()
            : FirstLine(text) ?? Path.GetFileNameWithoutExtension(fileName) ?? "Job description";
        return chosen.Length > MaxTitleLength ? chosen[..MaxTitleLength] : chosen;
    }

    private static string? FirstLine(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.IsEmpty)
            {
                return trimmed.Length > 120 ? trimmed[..120].ToString() : trimmed.ToString();
            }
        }

        return null;
    }
}
