using System.Security.Claims;
using JobSentinel.Core.Data;
using JobSentinel.Core.Sources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Sources and their runs (SPEC §7).</summary>
public static class SourcesApi
{
    /// <summary>The 202 answer of "run now": the run's id (as <c>runId</c> and <c>id</c>) and its state.</summary>
    public sealed record RunStarted(long RunId, long Id, int SourceId, string SourceName, ScrapeRunStatus Status, DateTime CreatedAt);

    /// <summary>A source to test: a draft, or just a pasted careers URL.</summary>
    public sealed record SourceTestRequest(
        string? CareersUrl, string? Name, SourceType? Type, string? Board, string? Url, string? BaseUrl, IReadOnlyDictionary<string, string>? Options);

    public static void MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("/", ListAsync).WithSummary("Every source with its circuit state, last run and success rates.");
        sources.MapPost("/", CreateAsync).WithSummary("Store a source (nothing is fetched).");
        sources.MapPost("/test", TestAsync).WithSummary("Dry fetch of a source or a pasted careers URL; nothing is stored.");
        sources.MapGet("/{id:int}", GetAsync);
        sources.MapPut("/{id:int}", UpdateAsync).WithSummary("Change a source; fields left out keep their value.");
        sources.MapDelete("/{id:int}", DeleteAsync).WithSummary("Delete a source, its runs, and the postings only it listed.");
        sources.MapPost("/{id:int}/run", RunAsync).WithSummary("Run now: 202 with the run id.");
        sources.MapGet("/{id:int}/runs", RunsAsync).WithSummary("The source's runs, newest first.");
        api.MapGet("/scrape-runs/{runId:long}", GetRunAsync).WithTags("Sources").WithSummary("One run's status and counts.");
    }

    private static async Task<Results<Ok<PagedResult<SourceView>>, ValidationProblem>> ListAsync(
        int? page, int? pageSize, SourceService service, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        var all = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<SourceView>([.. all.Skip((p - 1) * size).Take(size)], all.Count, p, size));
    }

    private static async Task<Results<Ok<SourceView>, ProblemHttpResult>> GetAsync(int id, SourceService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } source ? TypedResults.Ok(source) : NotFound(id);

    private static async Task<Results<Created<SourceView>, ValidationProblem>> CreateAsync(
        SourceDraft draft, SourceService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(draft, user.Identity?.Name, cancellationToken);
        return result.Source is { } source
            ? TypedResults.Created($"/api/v1/sources/{source.Id}", source)
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<SourceView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int id, SourceDraft draft, SourceService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(id, draft, user.Identity?.Name, cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Source: { } source } => TypedResults.Ok(source),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, SourceService service, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, user.Identity?.Name, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<SourceTestResult>, ValidationProblem>> TestAsync(
        SourceTestRequest request, SourceTester tester, CancellationToken cancellationToken)
    {
        var draft = SourceTester.Complete(new SourceDraft
        {
            Name = request.Name,
            Type = request.Type,
            Board = request.Board,
            Url = request.Url,
            BaseUrl = request.BaseUrl,
            Options = request.Options,
        }, request.CareersUrl);
        if (draft.Type is null && !string.IsNullOrWhiteSpace(request.CareersUrl))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["careersUrl"] = ["This is not an http(s) URL."] });
        }

        var errors = SourceValidator.Validate(draft with { Name = string.IsNullOrWhiteSpace(draft.Name) ? "test" : draft.Name });
        return errors.Count > 0
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(await tester.TestAsync(draft, cancellationToken));
    }

    private static async Task<Results<Accepted<RunStarted>, ProblemHttpResult>> RunAsync(
        int id, ScrapeRunService runs, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var result = await runs.StartAsync(id, ScrapeRunService.ManualTrigger, cancellationToken);
        if (result.NotFound)
        {
            return NotFound(id);
        }

        if (result.Run is not { } run)
        {
            if (result.RetryAt is { } retryAt)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)(retryAt - time.GetUtcNow().UtcDateTime).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Run refused", detail: result.Refusal);
        }

        return TypedResults.Accepted($"/api/v1/scrape-runs/{run.Id}", new RunStarted(run.Id, run.Id, run.SourceId, run.SourceName, run.Status, run.CreatedAt));
    }

    private static async Task<Results<Ok<PagedResult<ScrapeRunView>>, ValidationProblem, ProblemHttpResult>> RunsAsync(
        int id, int? page, int? pageSize, SourceService sources, ScrapeRunService runs, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await sources.GetAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await runs.ListAsync(id, p, size, cancellationToken));
    }

    private static async Task<Results<Ok<ScrapeRunView>, ProblemHttpResult>> GetRunAsync(long runId, ScrapeRunService runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(runId, cancellationToken) is { } run
            ? TypedResults.Ok(run)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Run not found", detail: $"There is no scrape run with id {runId}.");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Source not found", detail: $"There is no source with id {id}.");
}
