using System.Globalization;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Generated CVs, cover letters and outreach drafts after their run: read, edit (sections replaced as a whole),
/// restore the generated version, export as Markdown or as a PDF printed by Chromium.
/// </summary>
public sealed class DocumentService(IDbContextFactory<JobSentinelDbContext> contextFactory, DocumentPdfRenderer pdfRenderer, TimeProvider timeProvider)
{
    /// <summary>Everything the user can type into a document (title, headings, texts), in characters.</summary>
    public const int MaxContentLength = 100_000;

    public const int MaxSections = 50;

    public const string DefaultPaperFormat = "A4";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<DocumentDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(context, id, cancellationToken) is { } row ? Detail(row) : null;
    }

    public async Task<PagedResult<DocumentListItem>> ListAsync(long? jobId, long? resumeId, DocumentKind? kind, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = WithJob(context);
        if (jobId is { } job)
        {
            query = query.Where(r => r.Document.JobId == job);
        }

        if (resumeId is { } resume)
        {
            query = query.Where(r => r.Document.ResumeId == resume);
        }

        if (kind is { } k)
        {
            query = query.Where(r => r.Document.Kind == k);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(r => r.Document.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(r => new DocumentListItem(r.Document.Id, r.Document.Kind, r.Document.Title, r.Document.RunId, r.Document.JobId, r.Document.ResumeId,
                r.JobTitle, r.Company, r.Document.Provider, r.Document.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<DocumentListItem>(items, total, page, pageSize);
    }

    /// <summary>Applies an edit: the title and/or the whole list of sections. Problems are named by field (<c>sections[2].heading</c>).</summary>
    public async Task<SaveResult<DocumentDetail>> UpdateAsync(long id, DocumentEdit edit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await context.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return SaveResult<DocumentDetail>.Missing;
        }

        var title = edit.Title?.Trim() ?? document.Title;
        var sections = edit.Sections is null ? Read(document.SectionsJson) : [.. edit.Sections.Select(Clean)];
        var errors = Validate(title, sections, edit.Sections);
        if (errors.Count > 0)
        {
            return SaveResult<DocumentDetail>.Invalid(errors);
        }

        document.Title = title;
        document.SectionsJson = JsonSerializer.Serialize(sections, Json);
        document.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<DocumentDetail>.Saved((await GetAsync(id, cancellationToken))!);
    }

    /// <summary>Puts the generated sections back (the title is kept). Null when there is no such document.</summary>
    public async Task<DocumentDetail?> RestoreAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var document = await context.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        document.SectionsJson = document.GeneratedSectionsJson;
        document.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    public async Task<DocumentFile?> MarkdownAsync(long id, CancellationToken cancellationToken)
    {
        var document = await GetAsync(id, cancellationToken);
        return document is null
            ? null
            : new DocumentFile(Encoding.UTF8.GetBytes(DocumentFormats.ToMarkdown(document.Title, document.Sections)), "text/markdown; charset=utf-8", FileName(document, "md"));
    }

    /// <summary>The document printed by Chromium on <paramref name="paperFormat"/> (see <see cref="PaperFormat"/>).</summary>
    /// <exception cref="Browser.BrowserUnavailableException">Chromium is missing or cannot start.</exception>
    public async Task<DocumentFile?> PdfAsync(long id, string paperFormat, CancellationToken cancellationToken)
    {
        var document = await GetAsync(id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var pdf = await pdfRenderer.RenderAsync(document.Title, document.Sections, paperFormat, cancellationToken);
        return new DocumentFile(pdf, "application/pdf", FileName(document, "pdf"));
    }

    /// <summary>The paper format as the renderer spells it ("A4", "Letter"); A4 when none is asked; null when unknown.</summary>
    public static string? PaperFormat(string? requested) =>
        string.IsNullOrWhiteSpace(requested)
            ? DefaultPaperFormat
            : DocumentPdfRenderer.PaperFormats.FirstOrDefault(f => f.Equals(requested.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The problems of a title and sections by field, empty when they can be saved.</summary>
    public static Dictionary<string, string[]> Validate(string title, IReadOnlyList<DocumentSection> sections, IReadOnlyList<DocumentSection?>? submitted = null)
    {
        Dictionary<string, string[]> errors = [];
        if (title.Length == 0)
        {
            errors["title"] = ["title must not be empty."];
        }
        else if (title.Length > 300)
        {
            errors["title"] = ["title must be at most 300 characters."];
        }

        if (sections.Count > MaxSections)
        {
            errors["sections"] = [$"A document has at most {MaxSections} sections."];
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (submitted is not null && submitted[i] is null)
            {
                errors[$"sections[{i}]"] = ["A section must be an object {name, heading, text}."];
            }
            else if (sections[i].Name.Length == 0 && sections[i].Heading.Length == 0)
            {
                errors[$"sections[{i}].heading"] = ["Each section needs a heading or a name."];
            }
            else if (sections[i].Heading.Length > 200)
            {
                errors[$"sections[{i}].heading"] = ["A heading is at most 200 characters."];
            }
        }

        var size = title.Length + sections.Sum(s => s.Name.Length + s.Heading.Length + s.Text.Length);
        if (size > MaxContentLength)
        {
            errors.TryAdd("sections", [$"The document is {size:N0} characters; at most {MaxContentLength:N0} (100 KB) are allowed."]);
        }

        return errors;
    }

    /// <summary>A download name such as <c>cv-acme-backend-engineer.pdf</c>: kind, company and job title in lower-case ASCII.</summary>
    public static string FileName(DocumentDetail document, string extension)
    {
        var kind = document.Kind switch { DocumentKind.CoverLetter => "cover-letter", DocumentKind.Outreach => "outreach", _ => "cv" };
        var subject = document.JobTitle is null ? Slug(document.Title) : Slug($"{document.Company} {document.JobTitle}");
        var name = subject.Length == 0 ? kind : $"{kind}-{subject}";
        return (name.Length > 100 ? name[..100].TrimEnd('-') : name) + "." + extension;
    }

    internal static IReadOnlyList<DocumentSection> Read(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<DocumentSection>>(json, Json) ?? [];

    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }

    private static DocumentSection Clean(DocumentSection? section) => section is null
        ? new DocumentSection("", "", "")
        : new DocumentSection((section.Name ?? "").Trim() is { Length: > 0 } name ? name : Slug(section.Heading ?? ""), (section.Heading ?? "").Trim(), (section.Text ?? "").Replace("\r\n", "\n"));

    private static DocumentDetail Detail(Row row)
    {
        var sections = Read(row.Document.SectionsJson);
        var generated = Read(row.Document.GeneratedSectionsJson);
        var d = row.Document;
        return new DocumentDetail(d.Id, d.Kind, d.Title, d.RunId, d.JobId, d.ResumeId, row.JobTitle, row.Company, d.Provider,
            sections, generated, !sections.SequenceEqual(generated), d.CreatedAt, d.UpdatedAt);
    }

    private static Task<Row?> FindAsync(JobSentinelDbContext context, long id, CancellationToken cancellationToken) =>
        WithJob(context).SingleOrDefaultAsync(r => r.Document.Id == id, cancellationToken);

    private static IQueryable<Row> WithJob(JobSentinelDbContext context) =>
        from document in context.Documents.AsNoTracking()
        join job in context.Jobs.AsNoTracking() on document.JobId equals job.Id into jobs
        from job in jobs.DefaultIfEmpty()
        select new Row { Document = document, JobTitle = job == null ? null : job.Title, Company = job == null ? null : job.Company };

    private sealed class Row
    {
        public required GeneratedDocument Document { get; init; }

        public string? JobTitle { get; init; }

        public string? Company { get; init; }
    }
}
