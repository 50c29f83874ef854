using System.Security.Claims;
using JobSentinel.Core.Generation;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>The LLM settings (API keys write-only), this month's usage, and the "what is sent" preview: <c>/api/v1/admin/llm</c>.</summary>
public static class LlmSettingsApi
{
    private const int MaxPreviewLength = 100_000;

    /// <summary>The settings as shown (keys masked) with this month's usage and the breakers.</summary>
    public sealed record LlmSettingsResponse(
        LlmProviderView Primary, LlmProviderView Backup, int TimeoutSeconds, double MonthlyCostCapUsd, bool RedactContactDetails,
        int BreakerCoolDownMinutes, LlmUsageSummary Usage);

    public sealed record PreviewRequest(string? Purpose, string? System, string? User);

    public static void MapLlmSettingsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/llm").WithTags("Admin");
        group.MapGet("/", GetAsync).WithSummary("LLM providers (API keys masked), timeout, monthly cost cap, redaction; this month's cost, calls and the breakers.");
        group.MapPut("/", UpdateAsync).WithSummary("Change the LLM settings; fields left out keep their value, \"\" clears, the mask keeps the key. Audited.");
        group.MapPost("/preview", PreviewAsync).WithSummary("What would be sent to the provider for this system and user text, after redaction. Nothing is sent.");
    }

    private static async Task<Ok<LlmSettingsResponse>> GetAsync(LlmSettingsService settings, LlmUsage usage, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ResponseAsync(settings, usage, cancellationToken));

    private static async Task<Results<Ok<LlmSettingsResponse>, ValidationProblem>> UpdateAsync(
        LlmSettingsUpdate? request, LlmSettingsService settings, LlmUsage usage, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the settings to change as JSON."] });
        }

        var errors = await settings.UpdateAsync(request, FeatureFlagsApi.Actor(user), ClientAddress.Of(http), cancellationToken);
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await ResponseAsync(settings, usage, cancellationToken));
    }

    private static async Task<Results<Ok<LlmPreview>, ValidationProblem>> PreviewAsync(
        PreviewRequest? request, LlmTextGenerator generator, CancellationToken cancellationToken)
    {
        Dictionary<string, string[]> errors = [];
        if (string.IsNullOrWhiteSpace(request?.System) && string.IsNullOrWhiteSpace(request?.User))
        {
            errors["user"] = ["Give the system and/or user text to preview."];
        }

        foreach (var (field, value) in new[] { ("system", request?.System), ("user", request?.User) })
        {
            if (value is { Length: > MaxPreviewLength })
            {
                errors[field] = [$"At most {MaxPreviewLength:N0} characters."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var purpose = string.IsNullOrWhiteSpace(request!.Purpose) ? "preview" : request.Purpose.Trim();
        return TypedResults.Ok(await generator.PreviewAsync(new LlmRequest(purpose, request.System ?? "", request.User ?? ""), cancellationToken));
    }

    private static async Task<LlmSettingsResponse> ResponseAsync(LlmSettingsService settings, LlmUsage usage, CancellationToken cancellationToken)
    {
        var effective = await settings.GetAsync(cancellationToken);
        var view = LlmSettingsService.ToView(effective);
        return new LlmSettingsResponse(view.Primary, view.Backup, view.TimeoutSeconds, view.MonthlyCostCapUsd, view.RedactContactDetails,
            view.BreakerCoolDownMinutes, await usage.SummaryAsync(effective, cancellationToken));
    }
}
