using System.Security.Claims;
using JobSentinel.Core.Features;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Feature flags (on/off with a percentage rollout) and kill switches: <c>/api/v1/admin/feature-flags</c>.</summary>
public static class FeatureFlagsApi
{
    /// <summary>A flag change: fields left out keep their value.</summary>
    public sealed record FlagChange(bool? Enabled, int? Percentage);

    /// <summary><c>{"flags":{"llm":{"enabled":false,"percentage":50}},"killSwitches":{"scraping":true}}</c>; names left out keep their state.</summary>
    public sealed record FeatureFlagsUpdate(Dictionary<string, FlagChange>? Flags, Dictionary<string, bool>? KillSwitches);

    public static void MapFeatureFlagsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/feature-flags").WithTags("Admin");
        group.MapGet("/", GetAsync).WithSummary("Every feature flag (enabled, percentage) and kill switch (paused).");
        group.MapPut("/", UpdateAsync).WithSummary("Change flags and kill switches; each change is audited. 400 names unknown names and bad percentages.");
    }

    private static async Task<Ok<FeatureFlagsView>> GetAsync(FeatureFlags flags, CancellationToken cancellationToken) =>
        TypedResults.Ok(await flags.GetAsync(cancellationToken));

    private static async Task<Results<Ok<FeatureFlagsView>, ValidationProblem>> UpdateAsync(
        FeatureFlagsUpdate? request, FeatureFlags flags, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (request is null || (request.Flags is null && request.KillSwitches is null))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["flags"] = ["Send \"flags\" and/or \"killSwitches\", e.g. {\"flags\":{\"llm\":{\"enabled\":false}},\"killSwitches\":{\"scraping\":true}}."],
            });
        }

        var errors = await flags.SetAsync(
            request.Flags?.ToDictionary(f => f.Key, f => (f.Value?.Enabled, f.Value?.Percentage)),
            request.KillSwitches, Actor(user), ClientAddress.Of(http), cancellationToken);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await flags.GetAsync(cancellationToken));
    }

    internal static string Actor(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == AuthSchemes.ApiKey ? $"api key '{user.Identity.Name}'" : user.Identity?.Name ?? "unknown";
}
