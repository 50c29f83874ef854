using System.Globalization;
using JobSentinel.Core.Exports;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Postings: search, detail, triage, manual entry and export (SPEC §7).</summary>
public static class JobsApi
{
    /// <summary>The query string of <c>GET /jobs</c> and <c>GET /jobs/export</c>.</summary>
    public sealed record JobQueryParameters(
        string? Q, string? Source, string? Company, double? MinScore, bool? Remote, string? Workplace, DateTime? Since,
        string? Status, double? MinSalary, bool? Starred, bool? IncludeHidden, string? Sort, string? Order, int? Page, int? PageSize)
    {
        public JobQuery ToQuery() => new()
        {
            Q = Q,
            Source = Source,
            Company = Company,
            MinScore = MinScore,
            Remote = Remote,
            Workplace = Workplace,
            Since = Since is { } since ? Core.Data.UtcDateTimeConverter.ToUtc(since) : null,
            Status = Status,
            MinSalary = MinSalary,
            Starred = Starred,
            IncludeHidden = IncludeHidden ?? false,
            Sort = Sort,
            Order = Order,
            Page = Page ?? 1,
            PageSize = PageSize ?? Paging.DefaultPageSize,
        };
    }

    public static void MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", SearchAsync).WithSummary("Search postings: every word of q must match; filters; paged.");
        jobs.MapGet("/export", ExportAsync).WithSummary("The filtered postings as CSV or JSON (format=csv|json), all pages.");
        jobs.MapGet("/{id:long}", GetAsync).WithSummary("One posting with its sanitized description and every source.");
        jobs.MapPost("/", AddAsync).WithSummary("Add a posting by hand: its URL and pasted description.");
        jobs.MapPatch("/{id:long}", PatchAsync).WithSummary("Triage: starred, hidden, notes, feedback (up|down|none).");
    }

    /// <summary>The same export for the signed-in browser (the API itself takes only keys).</summary>
    public static void MapJobsExportForUserInterface(this WebApplication app) =>
        app.MapGet("/ui/export/jobs", ExportAsync).RequireAuthorization(Security.AuthSchemes.AdminPolicy).ExcludeFromDescription();

    private static async Task<Results<Ok<PagedResult<JobView>>, ValidationProblem>> SearchAsync(
        [AsParameters] JobQueryParameters parameters, JobSearch search, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery();
        var errors = query.Validate(Paging.MaxPageSize);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await search.SearchAsync(query, cancellationToken));
    }

    internal static async Task<IResult> ExportAsync(
        [AsParameters] JobQueryParameters parameters, string? format, JobSearch search, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery() with { Page = 1, PageSize = 1 };
        var errors = query.Validate(Paging.MaxPageSize);
        format = (format ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            errors["format"] = ["format must be csv or json."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var name = $"jobsentinel-jobs-{time.GetUtcNow():yyyyMMdd-HHmm}.{format}";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        if (format == "json")
        {
            return TypedResults.Json(search.ExportAsync(query, cancellationToken));
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        var csv = new CsvWriter(writer);
        await csv.WriteRowAsync(CsvColumns);
        await foreach (var job in search.ExportAsync(query, cancellationToken))
        {
            await csv.WriteRowAsync(CsvFields(job));
        }

        return Results.Empty;
    }

    private static async Task<Results<Ok<JobView>, ProblemHttpResult>> GetAsync(long id, JobSearch search, CancellationToken cancellationToken) =>
        await search.GetAsync(id, cancellationToken) is { } job ? TypedResults.Ok(job) : NotFound(id);

    private static async Task<Results<Created<JobView>, ValidationProblem>> AddAsync(ManualJobDraft draft, JobTriage triage, CancellationToken cancellationToken)
    {
        var errors = draft.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var job = await triage.AddManualAsync(draft, cancellationToken);
        return TypedResults.Created($"/api/v1/jobs/{job.Id}", job);
    }

    private static async Task<Results<Ok<JobView>, ValidationProblem, ProblemHttpResult>> PatchAsync(
        long id, JobPatch patch, JobTriage triage, CancellationToken cancellationToken)
    {
        var errors = patch.Validate();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return await triage.PatchAsync(id, patch, cancellationToken) is { } job ? TypedResults.Ok(job) : NotFound(id);
    }

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Job not found", detail: $"There is no job with id {id}.");

    private static readonly string[] CsvColumns =
    [
        "id", "title", "company", "location", "workplaceType", "salaryMin", "salaryMax", "currency", "salaryPeriod", "salaryAnnualized",
        "annualizedCurrency", "url", "source", "postedAt", "firstSeenAt", "lastSeenAt", "timesSeen", "status", "score", "starred", "hidden",
        "feedback", "notes",
    ];

    private static object?[] CsvFields(JobView job) =>
    [
        job.Id, job.Title, job.Company, job.Location, Lower(job.WorkplaceType), job.SalaryMin, job.SalaryMax, job.Currency, Lower(job.SalaryPeriod),
        job.SalaryAnnualized, job.AnnualizedCurrency, job.Url, job.Source, job.PostedAt, job.FirstSeenAt, job.LastSeenAt, job.TimesSeen,
        Lower(job.Status), job.Score, job.Starred, job.Hidden, Lower(job.Feedback), job.Notes,
    ];

    private static string? Lower(Enum? value) => value is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
