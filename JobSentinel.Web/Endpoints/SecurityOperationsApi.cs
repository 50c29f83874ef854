using System.Security.Claims;
using JobSentinel.Core.Diagnostics.Logs;
using JobSentinel.Core.Security;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Admin API for operating the instance: errors from the log files, "revoke everything".</summary>
public static class SecurityOperationsApi
{
    public sealed record RevokeAllResult(int RevokedApiKeys, bool SessionsEnded);

    public static void MapSecurityOperationsApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin");
        admin.MapGet("/errors", GetErrorsAsync)
            .WithSummary("Errors and warnings of the last hours (1-168, default 24) from the log files, grouped by message template.");
        admin.MapPost("/revoke-all", RevokeAllAsync)
            .WithSummary("Revoke every API key (the caller's too) and end every browser session at once.");
    }

    private static async Task<Results<Ok<LogErrorSummary>, ValidationProblem>> GetErrorsAsync(
        LogErrorReader reader, int? hours, CancellationToken cancellationToken)
    {
        var window = hours ?? 24;
        if (window is < LogErrorReader.MinHours or > LogErrorReader.MaxHours)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["hours"] = [$"hours must be between {LogErrorReader.MinHours} and {LogErrorReader.MaxHours}."],
            });
        }

        return TypedResults.Ok(await reader.SummarizeAsync(window, cancellationToken));
    }

    private static async Task<Ok<RevokeAllResult>> RevokeAllAsync(
        RevokeEverything revoke, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var actor = user.Identity?.Name is { } name ? $"api key '{name}'" : "unknown";
        var keys = await revoke.RunAsync(actor, ClientAddress.Of(http), cancellationToken);
        return TypedResults.Ok(new RevokeAllResult(keys, true));
    }
}
