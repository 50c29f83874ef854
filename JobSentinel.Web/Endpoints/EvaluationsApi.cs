using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Background evaluations of resumes against postings or job descriptions (SPEC §3, §7).</summary>
public static class EvaluationsApi
{
    /// <summary>How many evaluations a bulk action touched.</summary>
    public sealed record CountResponse(int Count);

    public static void MapEvaluationsApi(this RouteGroupBuilder api)
    {
        var evaluations = api.MapGroup("/evaluations").WithTags("Evaluations");
        evaluations.MapPost("/", CreateAsync).WithSummary("Queue an evaluation {resumeId, jobId | jobDescriptionId}; 202 with its id.");
        evaluations.MapGet("/", ListAsync).WithSummary("Evaluations, newest first; filter by status (queued|processing|completed|failed) and resumeId.");
        evaluations.MapGet("/{id:long}", GetAsync).WithSummary("One evaluation with its result or error.");
        evaluations.MapPost("/{id:long}/retry", RetryAsync).WithSummary("Queue a failed evaluation again.");
        evaluations.MapPost("/retry-failed", RetryFailedAsync).WithSummary("Queue every failed evaluation again.");
        evaluations.MapDelete("/queued", PurgeQueuedAsync).WithSummary("Delete the evaluations still waiting in the queue.");
    }

    private static async Task<Results<Accepted<EvaluationView>, ValidationProblem>> CreateAsync(
        EvaluationRequest request, EvaluationService evaluations, CancellationToken cancellationToken)
    {
        var (evaluation, errors) = await evaluations.CreateAsync(request, cancellationToken);
        return evaluation is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Accepted($"/api/v1/evaluations/{evaluation.Id}", evaluation);
    }

    private static async Task<Results<Ok<PagedResult<EvaluationView>>, ValidationProblem>> ListAsync(
        string? status, long? resumeId, int? page, int? pageSize, EvaluationService evaluations, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        EvaluationStatus? parsed = null;
        if (status is not null)
        {
            if (Enum.TryParse<EvaluationStatus>(status, ignoreCase: true, out var value) && !int.TryParse(status, out _))
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

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await evaluations.ListAsync(parsed, resumeId, p, size, cancellationToken));
    }

    private static async Task<Results<Ok<EvaluationView>, ProblemHttpResult>> GetAsync(long id, EvaluationService evaluations, CancellationToken cancellationToken) =>
        await evaluations.GetAsync(id, cancellationToken) is { } evaluation ? TypedResults.Ok(evaluation) : ResumesApi.NotFound("Evaluation", id);

    private static async Task<Results<Accepted<EvaluationView>, ProblemHttpResult>> RetryAsync(
        long id, EvaluationService evaluations, CancellationToken cancellationToken) =>
        await evaluations.RetryAsync(id, cancellationToken) switch
        {
            false => ResumesApi.NotFound("Evaluation", id),
            null => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Evaluation not failed",
                detail: $"Evaluation {id} has not failed: only failed evaluations are retried."),
            true => TypedResults.Accepted($"/api/v1/evaluations/{id}", (await evaluations.GetAsync(id, cancellationToken))!),
        };

    private static async Task<Accepted<CountResponse>> RetryFailedAsync(EvaluationService evaluations, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/api/v1/evaluations?status=queued", new CountResponse(await evaluations.RetryFailedAsync(cancellationToken)));

    private static async Task<Ok<CountResponse>> PurgeQueuedAsync(EvaluationService evaluations, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CountResponse(await evaluations.PurgeQueuedAsync(cancellationToken)));
}
