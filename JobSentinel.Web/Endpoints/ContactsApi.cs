using JobSentinel.Core.Contacts;
using JobSentinel.Core.Data;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Contacts (SPEC §4, §7): CRUD, CSV import, ranked search, discovery in postings, and their messages.</summary>
public static class ContactsApi
{
    public const int MaxSearchResults = 100;

    public sealed record DiscoverRequest(long? JobId);

    public sealed record DraftRequest(long? JobId, long? ResumeId);

    public static void MapContactsApi(this RouteGroupBuilder api)
    {
        var contacts = api.MapGroup("/contacts").WithTags("Contacts");
        contacts.MapGet("/", ListAsync).WithSummary("Contacts by name; filters company (exact) and q (substring), paged.");
        contacts.MapPost("/", CreateAsync).WithSummary("Add a contact: name required, email and http(s) links validated.");
        contacts.MapGet("/search", SearchAsync).WithSummary("Ranked search (BM25 over profile text, expanded through synonyms and the skills taxonomy).");
        contacts.MapPost("/import", ImportAsync).DisableAntiforgery()
            .WithSummary("Import a CSV (multipart 'file' or a text/csv body) with a header row; duplicates skipped, bad rows reported by line.");
        contacts.MapPost("/discover", DiscoverAsync).WithSummary("Find contacts in a posting's text (needs the contactDiscovery flag).");
        contacts.MapGet("/{id:long}", GetAsync);
        contacts.MapPut("/{id:long}", UpdateAsync).WithSummary("Change a contact (fields left out keep their value).");
        contacts.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete a contact and its messages.");
        contacts.MapGet("/{id:long}/messages", ListMessagesAsync).WithSummary("The contact's outreach messages, newest first.");
        contacts.MapPost("/{id:long}/messages", DraftAsync).WithSummary("Draft a message to the contact (about jobId when given); never sent without approval.");
    }

    private static async Task<Results<Ok<PagedResult<ContactView>>, ValidationProblem>> ListAsync(
        string? company, string? q, string? source, int? page, int? pageSize, ContactService service, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await service.ListAsync(new ContactQuery(company, q, source, p, size), cancellationToken));
    }

    private static async Task<Results<Ok<ContactView>, ProblemHttpResult>> GetAsync(long id, ContactService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } contact ? TypedResults.Ok(contact) : NotFound(id);

    private static async Task<Results<Created<ContactView>, ValidationProblem>> CreateAsync(ContactDraft draft, ContactService service, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(draft, cancellationToken);
        return result.Value is { } contact ? TypedResults.Created($"/api/v1/contacts/{contact.Id}", contact) : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<ContactView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, ContactDraft draft, ContactService service, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(id, draft, cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Value: { } contact } => TypedResults.Ok(contact),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ContactService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<PagedResult<ContactSearchHit>>, ValidationProblem>> SearchAsync(
        string? q, int? limit, ContactService service, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give some search words in q, e.g. q=kubernetes."] });
        }

        if (limit is < 1 or > MaxSearchResults)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxSearchResults}."] });
        }

        return TypedResults.Ok(await service.SearchAsync(q, limit ?? 20, cancellationToken));
    }

    private static async Task<Results<Ok<ContactImportResult>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ContactService service, CancellationToken cancellationToken)
    {
        byte[] content;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ContactCsv.MaxBytes + (1024 * 1024);
        }

        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = ContactCsv.MaxBytes + 1 }, cancellationToken);
                if (form.Files.GetFile("file") is not { } file)
                {
                    return Problem(StatusCodes.Status400BadRequest, "File missing", "Send the CSV as multipart/form-data in the field 'file', or as a text/csv body.");
                }

                if (file.Length > ContactCsv.MaxBytes)
                {
                    return TooLarge();
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
            else
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, cancellationToken);
                content = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return TooLarge();
        }

        if (content.Length > ContactCsv.MaxBytes)
        {
            return TooLarge();
        }

        try
        {
            return TypedResults.Ok(await service.ImportAsync(content, cancellationToken));
        }
        catch (ContactCsvException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "Unreadable CSV; nothing was imported", ex.Message);
        }
    }

    private static async Task<Results<Ok<DiscoveryResult>, ValidationProblem, ProblemHttpResult>> DiscoverAsync(
        DiscoverRequest request, ContactService service, CancellationToken cancellationToken)
    {
        if (request.JobId is not { } jobId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["jobId"] = ["jobId is required."] });
        }

        var outcome = await service.DiscoverAsync(jobId, cancellationToken);
        return outcome switch
        {
            { Disabled: { } reason } => Problem(StatusCodes.Status409Conflict, "Contact discovery is turned off", reason),
            { NotFound: true } => Problem(StatusCodes.Status404NotFound, "Job not found", $"There is no job with id {jobId}."),
            _ => TypedResults.Ok(outcome.Result!),
        };
    }

    private static async Task<Results<Ok<PagedResult<MessageView>>, ProblemHttpResult>> ListMessagesAsync(
        long id, MessageService messages, CancellationToken cancellationToken) =>
        await messages.ListAsync(id, cancellationToken) is { } list
            ? TypedResults.Ok(new PagedResult<MessageView>(list, list.Count, 1, Math.Max(list.Count, Paging.DefaultPageSize)))
            : NotFound(id);

    private static async Task<Results<Created<MessageView>, ProblemHttpResult>> DraftAsync(
        long id, DraftRequest? request, MessageService messages, CancellationToken cancellationToken)
    {
        var outcome = await messages.CreateDraftAsync(id, request?.JobId, request?.ResumeId, null, cancellationToken);
        return outcome.Message is { } message
            ? TypedResults.Created($"/api/v1/messages/{message.Id}", message)
            : Problem(StatusCodes.Status404NotFound, outcome.Missing switch
            {
                { } m when m.Contains(" job ", StringComparison.Ordinal) => "Job not found",
                { } m when m.Contains(" resume ", StringComparison.Ordinal) => "Resume not found",
                _ => "Contact not found",
            }, outcome.Missing!);
    }

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "File too large", $"A contacts CSV may be at most {ContactCsv.MaxBytes / (1024 * 1024)} MB.");

    private static ProblemHttpResult NotFound(long id) => Problem(StatusCodes.Status404NotFound, "Contact not found", $"There is no contact with id {id}.");

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
