using JobSentinel.Core.Browser;
using JobSentinel.Core.Data;
using JobSentinel.Core.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Generated CVs, cover letters and outreach drafts (SPEC §7): read, edit, restore, export as PDF and Markdown.</summary>
public static class DocumentsApi
{
    public static void MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/", ListAsync).WithSummary("Generated documents, newest first; filters jobId, resumeId, kind (cv|coverLetter|outreach).");
        documents.MapGet("/{id:long}", GetAsync).WithSummary("One document: current and generated sections, job, provider, edited.");
        documents.MapPut("/{id:long}", UpdateAsync).WithSummary("Edit the title and/or the sections (the list is replaced as a whole; at most 100 KB of text).");
        documents.MapPost("/{id:long}/restore", RestoreAsync).WithSummary("Put the generated sections back.");
        documents.MapGet("/{id:long}/pdf", PdfAsync).WithSummary("The document printed by Chromium (format=A4|Letter, default A4), as an attachment.");
        documents.MapGet("/{id:long}/markdown", MarkdownAsync).WithSummary("The document as Markdown, as an attachment.");
    }

    /// <summary>The same downloads for the signed-in browser (the API itself takes only keys).</summary>
    public static void MapDocumentDownloadsForUserInterface(this WebApplication app)
    {
        var downloads = app.MapGroup("/ui/documents").RequireAuthorization(Security.AuthSchemes.AdminPolicy).ExcludeFromDescription();
        downloads.MapGet("/{id:long}/pdf", PdfAsync);
        downloads.MapGet("/{id:long}/markdown", MarkdownAsync);
    }

    private static async Task<Results<Ok<PagedResult<DocumentListItem>>, ValidationProblem>> ListAsync(
        long? jobId, long? resumeId, string? kind, int? page, int? pageSize, DocumentService documents, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        DocumentKind? parsedKind = null;
        if (kind is not null)
        {
            if (Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _))
            {
                parsedKind = k;
            }
            else
            {
                errors["kind"] = ["kind must be cv, coverLetter or outreach."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await documents.ListAsync(jobId, resumeId, parsedKind, p, size, cancellationToken));
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetAsync(long id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.GetAsync(id, cancellationToken) is { } document ? TypedResults.Ok(document) : NotFound(id);

    private static async Task<Results<Ok<DocumentDetail>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, DocumentEdit? edit, DocumentService documents, CancellationToken cancellationToken)
    {
        if (edit is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send {title?, sections?: [{name, heading, text}]}."] });
        }

        var result = await documents.UpdateAsync(id, edit, cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Value: { } document } => TypedResults.Ok(document),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> RestoreAsync(long id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.RestoreAsync(id, cancellationToken) is { } document ? TypedResults.Ok(document) : NotFound(id);

    private static async Task<IResult> PdfAsync(long id, string? format, DocumentService documents, CancellationToken cancellationToken)
    {
        if (DocumentService.PaperFormat(format) is not { } paper)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be A4 or Letter."] });
        }

        try
        {
            return await documents.PdfAsync(id, paper, cancellationToken) is { } file
                ? TypedResults.File(file.Content, file.ContentType, file.FileName)
                : NotFound(id);
        }
        catch (BrowserUnavailableException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF rendering unavailable", detail: ex.Message);
        }
    }

    private static async Task<IResult> MarkdownAsync(long id, DocumentService documents, CancellationToken cancellationToken) =>
        await documents.MarkdownAsync(id, cancellationToken) is { } file
            ? TypedResults.File(file.Content, file.ContentType, file.FileName)
            : NotFound(id);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Document not found", detail: $"There is no document with id {id}.");
}
