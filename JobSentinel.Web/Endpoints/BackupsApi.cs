using System.Security.Claims;
using JobSentinel.Core.Backups;
using JobSentinel.Core.Data;
using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Backups of the data directory (SPEC §6): list, create, verify.</summary>
public static class BackupsApi
{
    public const string CreatedEvent = AuditKinds.BackupCreated;
    public const string VerifiedEvent = AuditKinds.BackupVerified;

    public static void MapBackupsApi(this RouteGroupBuilder api)
    {
        var backups = api.MapGroup("/admin/backups").WithTags("Admin");
        backups.MapGet("/", List).WithSummary("Backup archives in {DataDirectory}/backups, newest first.");
        backups.MapPost("/", CreateAsync).WithSummary("Take a backup now (database snapshot while serving, uploads, keys, manifest with SHA-256).");
        backups.MapPost("/{name}/verify", VerifyAsync).WithSummary("Check an archive: every checksum and the database's integrity check.");
    }

    private static Ok<PagedResult<BackupInfo>> List(BackupService backups)
    {
        var all = backups.List();
        return TypedResults.Ok(new PagedResult<BackupInfo>(all, all.Count, 1, Math.Max(all.Count, 1)));
    }

    private static async Task<Created<BackupInfo>> CreateAsync(
        BackupService backups, AuditLog audit, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var backup = await backups.CreateAsync(cancellationToken);
        await audit.WriteAsync(CreatedEvent, user.Identity?.Name, http.Connection.RemoteIpAddress?.ToString(), backup.Name, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/backups/{backup.Name}", backup);
    }

    private static async Task<Results<Ok<BackupVerification>, ProblemHttpResult>> VerifyAsync(
        string name, BackupService backups, AuditLog audit, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (backups.PathOf(name) is not { } path)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Backup not found", detail: $"There is no backup named '{name}'.");
        }

        var result = await backups.VerifyAsync(path, cancellationToken);
        await audit.WriteAsync(VerifiedEvent, user.Identity?.Name, http.Connection.RemoteIpAddress?.ToString(), result.Summary, cancellationToken);
        return TypedResults.Ok(result);
    }
}
