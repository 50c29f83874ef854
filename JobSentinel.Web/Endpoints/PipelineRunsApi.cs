using JobSentinel.Core.Data;
using JobSentinel.Core.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Endpoints;

/// <summary>Application pipeline runs (SPEC §4, §7): create, list, one run with its trace, re-run, reset of stuck runs.</summary>
public static class PipelineRunsApi
{
    public sealed record CountResponse(int Count);

    public static void MapPipelineRunsApi(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/pipeline-runs").WithTags("Pipeline runs");
        runs.MapPost("/", CreateAsync).WithSummary("Queue a run {jobId, resumeId}; 202 with its id.");
        runs.MapGet("/", ListAsync).WithSummary("Runs, newest first; filter by status (queued|processing|completed|failed) and jobId; limit = pageSize.");
        runs.MapGet("/{id:long}", GetAsync).WithSummary("One run with its steps, documents and each step's trace (input and output).");
        runs.MapPost("/{id:long}/rerun", RerunAsync).WithSummary("A new run for the same job and resume; 409 while this one is queued or processing.");
        runs.MapPost("/reset-stuck", ResetStuckAsync).WithSummary("Fail the runs processing for longer than JobSentinel:Pipeline:StuckAfterMinutes (default 30).");
    }

    private static async Task<Results<Accepted<PipelineRunView>, ValidationProblem>> CreateAsync(
        PipelineRunRequest request, PipelineService runs, CancellationToken cancellationToken)
    {
        var (run, errors) = await runs.CreateAsync(request, cancellationToken);
        return run is null ? TypedResults.ValidationProblem(errors) : TypedResults.Accepted($"/api/v1/pipeline-runs/{run.Id}", run);
    }

    private static async Task<Results<Ok<PagedResult<PipelineRunView>>, ValidationProblem>> ListAsync(
        string? status, long? jobId, int? limit, int? page, PipelineService runs, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, limit) ?? [];
        if (errors.Remove("pageSize", out var limitErrors))
        {
            errors["limit"] = [limitErrors[0].Replace("pageSize", "limit", StringComparison.Ordinal)];
        }

        PipelineRunStatus? parsed = null;
        if (status is not null)
        {
            if (Enum.TryParse<PipelineRunStatus>(status, ignoreCase: true, out var value) && !int.TryParse(status, out _))
            {
                parsed = value;
            }
            else
            {
                errors["status"] = ["status must be queued, processing, completed or failed."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, limit);
        return TypedResults.Ok(await runs.ListAsync(parsed, jobId, p, size, cancellationToken));
    }

    private static async Task<Results<Ok<PipelineRunView>, ProblemHttpResult>> GetAsync(long id, PipelineService runs, CancellationToken cancellationToken) =>
        await runs.GetAsync(id, trace: true, cancellationToken) is { } run ? TypedResults.Ok(run) : ResumesApi.NotFound("Pipeline run", id);

    private static async Task<Results<Accepted<PipelineRunView>, ProblemHttpResult>> RerunAsync(long id, PipelineService runs, CancellationToken cancellationToken) =>
        await runs.RerunAsync(id, cancellationToken) switch
        {
            null => ResumesApi.NotFound("Pipeline run", id),
            { Conflict: true } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Run still in progress",
                detail: $"Pipeline run {id} is still queued or processing: re-run it once it has finished."),
            { Run: { } run } => TypedResults.Accepted($"/api/v1/pipeline-runs/{run.Id}", run),
            _ => throw new InvalidOperationException("A re-run without a run or a conflict."),
        };

    private static async Task<Ok<CountResponse>> ResetStuckAsync(PipelineService runs, IOptionsMonitor<PipelineOptions> options, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CountResponse(await runs.ResetStuckAsync(TimeSpan.FromMinutes(options.CurrentValue.StuckAfterMinutes), cancellationToken)));
}
