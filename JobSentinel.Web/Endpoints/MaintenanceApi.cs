using System.Security.Claims;
using JobSentinel.Core.Operations;
using JobSentinel.Web.Hosting;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Maintenance mode and the restore of a backup by the running server (only in maintenance mode).</summary>
public static class MaintenanceApi
{
    public sealed record MaintenanceRequest(bool? Enabled, string? Reason);

    public sealed record RestoreResponse(
        string Backup, Core.Backups.BackupVerification Verification, string SetAsideIn, IReadOnlyList<string> MigrationsApplied, string Message);

    public static void MapMaintenanceApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin");
        admin.MapGet("/maintenance", (MaintenanceMode maintenance) => TypedResults.Ok(maintenance.Current))
            .WithSummary("Maintenance mode: enabled, since, reason, by.");
        admin.MapPost("/maintenance", SetAsync)
            .WithSummary("Turn maintenance mode on or off ({\"enabled\":true,\"reason\":\"...\"}); while on, background work pauses and the API answers 503.");
        admin.MapPost("/backups/{name}/restore", RestoreAsync)
            .WithSummary("Restore a backup in the running app (maintenance mode only): verify, set the current data aside in restore-aside/<time>/, migrate.");
    }

    private static async Task<Results<Ok<MaintenanceState>, ProblemHttpResult>> SetAsync(
        MaintenanceRequest? request, MaintenanceControl control, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (request?.Enabled is not { } enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request",
                detail: "Send {\"enabled\": true|false, \"reason\": \"...\"}: 'enabled' is required.");
        }

        if (request.Reason is { Length: > 500 })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: "'reason' is longer than 500 characters.");
        }

        return TypedResults.Ok(await control.SetAsync(enabled, request.Reason, user.Identity?.Name, ClientAddress.Of(http), cancellationToken));
    }

    private static async Task<Results<Ok<RestoreResponse>, ProblemHttpResult>> RestoreAsync(
        string name, MaintenanceControl control, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await control.RestoreAsync(name, user.Identity?.Name, ClientAddress.Of(http), cancellationToken);
        return outcome.Status switch
        {
            MaintenanceControl.RestoreStatus.Restored => TypedResults.Ok(new RestoreResponse(
                name, outcome.Verification!, outcome.SetAsideIn!, outcome.MigrationsApplied ?? [], outcome.Message)),
            MaintenanceControl.RestoreStatus.NotInMaintenance => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not in maintenance mode", detail: outcome.Message),
            MaintenanceControl.RestoreStatus.Busy => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Restore not started", detail: outcome.Message),
            MaintenanceControl.RestoreStatus.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Backup not found", detail: outcome.Message),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Backup failed verification", detail: outcome.Message,
                extensions: new Dictionary<string, object?> { ["problems"] = outcome.Verification?.Problems }),
        };
    }
}
