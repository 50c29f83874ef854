using System.Security.Claims;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Endpoints;

/// <summary>Alert channels and the alert outbox (SPEC §7).</summary>
public static class AlertsApi
{
    public sealed record TestResult(bool Ok, string Outcome, string? Error);

    public sealed record SnoozeRequest(int? Minutes, DateTime? Until);

    public sealed record CountResult(int Count);

    public static void MapAlertsApi(this RouteGroupBuilder api)
    {
        var channels = api.MapGroup("/alert-channels").WithTags("Alerts");
        channels.MapGet("/", ListChannelsAsync).WithSummary("Alert channels; URLs, secrets and passwords come back masked.");
        channels.MapPost("/", CreateChannelAsync).WithSummary("Add a channel (slack, webhook, email, discord, teams).");
        channels.MapGet("/{id:int}", GetChannelAsync);
        channels.MapPut("/{id:int}", UpdateChannelAsync).WithSummary("Change a channel; fields left out and masked values keep theirs.");
        channels.MapDelete("/{id:int}", DeleteChannelAsync).WithSummary("Delete a channel and its alerts.");
        channels.MapPost("/{id:int}/test", TestChannelAsync).WithSummary("Send a sample alert now: 200 with ok and the channel's error.");
        channels.MapPost("/{id:int}/snooze", SnoozeAsync).WithSummary("Hold the channel's alerts for minutes (or until a time); 0 ends the snooze.");

        var alerts = api.MapGroup("/alerts").WithTags("Alerts");
        alerts.MapGet("/", ListAlertsAsync).WithSummary("The outbox: status=pending|sent|failed, newest first.");
        alerts.MapPost("/{id:long}/retry", RetryAsync).WithSummary("Send a failed alert again.");
        alerts.MapPost("/retry-failed", RetryFailedAsync).WithSummary("Send every failed alert again.");
        alerts.MapDelete("/pending", PurgeAsync).WithSummary("Drop every pending alert (optionally of one channel).");
    }

    private static async Task<Ok<PagedResult<AlertChannelView>>> ListChannelsAsync(AlertChannelService service, CancellationToken cancellationToken)
    {
        var all = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AlertChannelView>(all, all.Count, 1, Math.Max(all.Count, Paging.DefaultPageSize)));
    }

    private static async Task<Results<Ok<AlertChannelView>, ProblemHttpResult>> GetChannelAsync(int id, AlertChannelService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } channel ? TypedResults.Ok(channel) : ChannelNotFound(id);

    private static async Task<Results<Created<AlertChannelView>, ValidationProblem>> CreateChannelAsync(
        AlertChannelDraft draft, AlertChannelService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(draft, user.Identity?.Name, cancellationToken);
        return result.Value is { } channel
            ? TypedResults.Created($"/api/v1/alert-channels/{channel.Id}", channel)
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<AlertChannelView>, ValidationProblem, ProblemHttpResult>> UpdateChannelAsync(
        int id, AlertChannelDraft draft, AlertChannelService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(id, draft, user.Identity?.Name, cancellationToken);
        return result switch
        {
            { NotFound: true } => ChannelNotFound(id),
            { Value: { } channel } => TypedResults.Ok(channel),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteChannelAsync(
        int id, AlertChannelService service, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await service.DeleteAsync(id, user.Identity?.Name, cancellationToken) ? TypedResults.NoContent() : ChannelNotFound(id);

    private static async Task<Results<Ok<TestResult>, ProblemHttpResult>> TestChannelAsync(
        int id, AlertChannelService service, IOptionsMonitor<AlertsOptions> options, CancellationToken cancellationToken)
    {
        var result = await service.SendTestAsync(id, options.CurrentValue.PublicUrl, cancellationToken);
        return result is null
            ? ChannelNotFound(id)
            : TypedResults.Ok(new TestResult(result.Outcome == DeliveryOutcome.Delivered, Camel(result.Outcome.ToString()), result.Error));
    }

    private static async Task<Results<Ok<AlertChannelView>, ValidationProblem, ProblemHttpResult>> SnoozeAsync(
        int id, SnoozeRequest request, AlertChannelService service, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Minutes is < 0 or > 60 * 24 * 30)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["minutes"] = ["minutes must be between 0 and 43200 (30 days)."] });
        }

        var until = request.Until is { } at ? Core.Data.UtcDateTimeConverter.ToUtc(at)
            : request.Minutes is > 0 and var minutes ? time.GetUtcNow().UtcDateTime.AddMinutes(minutes)
            : (DateTime?)null;
        return await service.SnoozeAsync(id, until, cancellationToken) is { } channel ? TypedResults.Ok(channel) : ChannelNotFound(id);
    }

    private static async Task<Results<Ok<PagedResult<AlertView>>, ValidationProblem>> ListAlertsAsync(
        string? status, int? channelId, int? page, int? pageSize, AlertOutbox outbox, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize) ?? [];
        if (status is not null && !AlertOutbox.Statuses.Contains(status))
        {
            errors["status"] = [$"status must be one of {string.Join(", ", AlertOutbox.Statuses)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        return TypedResults.Ok(await outbox.ListAsync(status, channelId, p, size, cancellationToken));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(long id, AlertOutbox outbox, CancellationToken cancellationToken) =>
        await outbox.RetryAsync(id, cancellationToken) switch
        {
            true => TypedResults.NoContent(),
            false => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Alert not found", detail: $"There is no alert with id {id}."),
            null => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Alert not failed", detail: $"Alert {id} has not failed: only failed alerts are retried."),
        };

    private static async Task<Ok<CountResult>> RetryFailedAsync(AlertOutbox outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CountResult(await outbox.RetryFailedAsync(cancellationToken)));

    private static async Task<Ok<CountResult>> PurgeAsync(int? channelId, AlertOutbox outbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(new CountResult(await outbox.PurgePendingAsync(channelId, cancellationToken)));

    private static ProblemHttpResult ChannelNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Alert channel not found", detail: $"There is no alert channel with id {id}.");

    private static string Camel(string value) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value);
}
