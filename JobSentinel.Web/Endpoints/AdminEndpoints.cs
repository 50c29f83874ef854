using System.Security.Claims;
using JobSentinel.Core.Data;
using JobSentinel.Core.Security;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Admin API: the audit trail and API keys.</summary>
public static class AdminEndpoints
{
    public sealed record AuditEventDto(long Id, DateTime At, string Kind, string? Actor, string? RemoteIp, string? Detail);

    public sealed record ApiKeyDto(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt, bool Active);

    public sealed record CreateApiKeyRequest(string? Name);

    public sealed record CreatedApiKeyDto(int Id, string Name, string Prefix, string Key, DateTime CreatedAt);

    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin");
        admin.MapGet("/audit", GetAuditAsync).WithSummary("Security audit events, newest first; filter by kind, actor (contains), q (detail contains), since.");
        admin.MapGet("/api-keys", ListKeysAsync).WithSummary("API keys with their last use (never the key itself).");
        admin.MapPost("/api-keys", CreateKeyAsync).WithSummary("Create a key; the answer shows it once.");
        admin.MapDelete("/api-keys/{id:int}", RevokeKeyAsync).WithSummary("Revoke a key.");
    }

    private static async Task<Results<Ok<PagedResult<AuditEventDto>>, ValidationProblem>> GetAuditAsync(
        AuditLog auditLog, string? kind, string? actor, string? q, DateTime? since, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        var result = await auditLog.QueryAsync(new AuditQuery(kind, actor, q, since?.ToUniversalTime()), p, size, cancellationToken);
        return TypedResults.Ok(new PagedResult<AuditEventDto>(
            [.. result.Items.Select(e => new AuditEventDto(e.Id, e.At, e.Kind, e.Actor, e.RemoteIp, e.Detail))],
            result.Total, result.Page, result.PageSize));
    }

    private static async Task<Ok<PagedResult<ApiKeyDto>>> ListKeysAsync(ApiKeyService apiKeys, CancellationToken cancellationToken)
    {
        var keys = await apiKeys.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ApiKeyDto>([.. keys.Select(ToDto)], keys.Count, 1, Math.Max(keys.Count, 1)));
    }

    private static async Task<Results<Created<CreatedApiKeyDto>, ValidationProblem>> CreateKeyAsync(
        CreateApiKeyRequest request, ApiKeyService apiKeys, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ApiKeyService.ValidateName(request.Name) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = [problem] });
        }

        var created = await apiKeys.CreateAsync(request.Name!, Actor(user), cancellationToken);
        var key = created.Key;
        return TypedResults.Created($"/api/v1/admin/api-keys/{key.Id}",
            new CreatedApiKeyDto(key.Id, key.Name, key.Prefix, created.PlainText, key.CreatedAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKeyAsync(
        int id, ApiKeyService apiKeys, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await apiKeys.RevokeAsync(id, Actor(user), cancellationToken)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "API key not found",
                detail: $"There is no active API key with id {id}.");

    internal static ApiKeyDto ToDto(ApiKey key) =>
        new(key.Id, key.Name, key.Prefix, key.CreatedAt, key.LastUsedAt, key.RevokedAt, key.IsActive);

    private static string Actor(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == AuthSchemes.ApiKey ? $"api key '{user.Identity.Name}'" : user.Identity?.Name ?? "unknown";
}
