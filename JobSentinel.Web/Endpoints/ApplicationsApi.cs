using System.Text.Json;
using JobSentinel.Core.Applications;
using JobSentinel.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>The application tracker (SPEC §4, §7): board data, edits, export.</summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("/", ListAsync).WithSummary("Applications in board order (status column, then position); filter by status (comma-separated) and q; paged.");
        applications.MapPost("/", CreateAsync)
            .WithSummary("Track a posting {jobId} (201; 200 with the existing application when it is already tracked) or add one by hand {title, company, url?}.");
        applications.MapGet("/export", ExportAsync).WithSummary("The filtered applications as CSV or JSON (format=csv|json).");
        applications.MapGet("/{id:long}", GetAsync).WithSummary("One application with its status history.");
        applications.MapPatch("/{id:long}", PatchAsync)
            .WithSummary("Change status, position, notes, appliedAt, salaryOffered, salaryCurrency, nextAction, nextActionAt, title, company or url; null clears.");
        applications.MapDelete("/{id:long}", DeleteAsync).WithSummary("Stop tracking an application.");
    }

    /// <summary>The same export for the signed-in browser (the API itself takes only keys).</summary>
    public static void MapApplicationsExportForUserInterface(this WebApplication app) =>
        app.MapGet("/ui/export/applications", ExportAsync).RequireAuthorization(Security.AuthSchemes.AdminPolicy).ExcludeFromDescription();

    private static async Task<Results<Ok<PagedResult<ApplicationView>>, ValidationProblem>> ListAsync(
        string? status, string? q, int? page, int? pageSize, ApplicationService applications, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        var statuses = ParseStatuses(status, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await applications.ListAsync(new ApplicationQuery(statuses, q, p, size), cancellationToken));
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>, ValidationProblem>> CreateAsync(
        JsonElement body, ApplicationService applications, CancellationToken cancellationToken)
    {
        var (changes, errors) = ApplicationChanges.Parse(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await applications.CreateAsync(changes, cancellationToken);
        return result.Application switch
        {
            null => TypedResults.ValidationProblem(result.Errors),
            { } created when result.Created => TypedResults.Created($"/api/v1/applications/{created.Id}", created),
            { } existing => TypedResults.Ok(existing),
        };
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetAsync(long id, ApplicationService applications, CancellationToken cancellationToken) =>
        await applications.GetAsync(id, cancellationToken) is { } application ? TypedResults.Ok(application) : ResumesApi.NotFound("Application", id);

    private static async Task<Results<Ok<ApplicationView>, ValidationProblem, ProblemHttpResult>> PatchAsync(
        long id, JsonElement body, ApplicationService applications, CancellationToken cancellationToken)
    {
        var (changes, errors) = ApplicationChanges.Parse(body);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await applications.UpdateAsync(id, changes, cancellationToken);
        if (result.NotFound)
        {
            return ResumesApi.NotFound("Application", id);
        }

        return result.Application is { } application ? TypedResults.Ok(application) : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ApplicationService applications, CancellationToken cancellationToken) =>
        await applications.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ResumesApi.NotFound("Application", id);

    private static async Task<IResult> ExportAsync(
        string? format, string? status, string? q, ApplicationService applications, HttpContext http, TimeProvider time, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        var statuses = ParseStatuses(status, errors);
        format = (format ?? "csv").ToLowerInvariant();
        if (format is not ("csv" or "json"))
        {
            errors["format"] = ["format must be csv or json."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var rows = await applications.ExportAsync(new ApplicationQuery(statuses, q), cancellationToken);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"jobsentinel-applications-{time.GetUtcNow():yyyyMMdd-HHmm}.{format}\"";
        if (format == "json")
        {
            return TypedResults.Json(rows);
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false));
        await ApplicationCsv.WriteAsync(writer, rows);
        return Results.Empty;
    }

    private static List<ApplicationStatus>? ParseStatuses(string? status, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return null;
        }

        List<ApplicationStatus> statuses = [];
        foreach (var name in status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ApplicationChanges.ParseStatus(name) is { } parsed)
            {
                statuses.Add(parsed);
            }
            else
            {
                errors["status"] = [$"'{name}' is not a status: use {ApplicationChanges.StatusList} (comma-separated)."];
            }
        }

        return statuses;
    }
}
