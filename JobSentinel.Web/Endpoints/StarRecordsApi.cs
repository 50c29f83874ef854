using JobSentinel.Core.Achievements;
using JobSentinel.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>STAR records (SPEC §7): achievements written by hand or suggested from a resume's bullets, then accepted or dismissed.</summary>
public static class StarRecordsApi
{
    /// <summary>The body of <c>POST /star-records/suggest</c>.</summary>
    public sealed record SuggestRequest(long? ResumeId);

    public static void MapStarRecordsApi(this RouteGroupBuilder api)
    {
        var records = api.MapGroup("/star-records").WithTags("STAR records");
        records.MapGet("/", ListAsync).WithSummary("Records, suggestions first then newest; filters status (suggested|accepted), resumeId, skill, q; paged.");
        records.MapPost("/", CreateAsync).WithSummary("Add a record written by hand (accepted): title required; situation, task, action, result, skills, company, role.");
        records.MapGet("/{id:long}", GetAsync).WithSummary("One record.");
        records.MapPut("/{id:long}", UpdateAsync).WithSummary("Edit a record; fields left out keep their value.");
        records.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete a record (dismisses a suggestion).");
        records.MapPost("/{id:long}/accept", AcceptAsync).WithSummary("Accept a suggestion: only accepted records feed generated documents.");
        records.MapPost("/suggest", SuggestAsync).WithSummary("Suggest records from the achievement-like bullets of a resume's roles; bullets already suggested are skipped.");
    }

    private static async Task<Results<Ok<PagedResult<StarRecordView>>, ValidationProblem>> ListAsync(
        string? status, long? resumeId, string? skill, string? q, int? page, int? pageSize, StarRecordService service, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        StarRecordStatus? parsed = null;
        if (status is not null)
        {
            if (Enum.TryParse<StarRecordStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(status, out _))
            {
                parsed = s;
            }
            else
            {
                errors["status"] = ["status must be suggested or accepted."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await service.ListAsync(new StarRecordQuery(parsed, resumeId, skill, q, p, size), cancellationToken));
    }

    private static async Task<Results<Ok<StarRecordView>, ProblemHttpResult>> GetAsync(long id, StarRecordService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } record ? TypedResults.Ok(record) : NotFound(id);

    private static async Task<Results<Created<StarRecordView>, ValidationProblem>> CreateAsync(StarRecordDraft? draft, StarRecordService service, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(draft ?? new StarRecordDraft(), cancellationToken);
        return result.Value is { } record
            ? TypedResults.Created($"/api/v1/star-records/{record.Id}", record)
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<StarRecordView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, StarRecordDraft? changes, StarRecordService service, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(id, changes ?? new StarRecordDraft(), cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Value: { } record } => TypedResults.Ok(record),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, StarRecordService service, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<StarRecordView>, ProblemHttpResult>> AcceptAsync(long id, StarRecordService service, CancellationToken cancellationToken)
    {
        var result = await service.AcceptAsync(id, cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Value: { } record } => TypedResults.Ok(record),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already accepted", detail: string.Join(" ", result.Errors["status"])),
        };
    }

    private static async Task<Results<Ok<StarSuggestResult>, ValidationProblem, ProblemHttpResult>> SuggestAsync(
        SuggestRequest? request, StarRecordService service, CancellationToken cancellationToken)
    {
        if (request?.ResumeId is not { } resumeId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["resumeId"] = ["resumeId is required."] });
        }

        return await service.SuggestAsync(resumeId, cancellationToken) is { } result
            ? TypedResults.Ok(result)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Resume not found", detail: $"There is no resume with id {resumeId}.");
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "STAR record not found", detail: $"There is no STAR record with id {id}.");
}
