using JobSentinel.Core.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Outreach messages: edit, and the approval workflow draft → approved → sent | rejected. Nothing is sent without approval.</summary>
public static class MessagesApi
{
    public sealed record RejectRequest(string? Reason);

    public static void MapMessagesApi(this RouteGroupBuilder api)
    {
        var messages = api.MapGroup("/messages").WithTags("Contacts");
        messages.MapGet("/{id:long}", GetAsync);
        messages.MapPut("/{id:long}", UpdateAsync).WithSummary("Edit subject and body (rescored); an approved message goes back to draft.");
        messages.MapPost("/{id:long}/approve", (long id, MessageService service, CancellationToken cancellationToken) =>
            Answer(id, service.ApproveAsync(id, cancellationToken))).WithSummary("Approve a draft.");
        messages.MapPost("/{id:long}/reject", (long id, RejectRequest? request, MessageService service, CancellationToken cancellationToken) =>
            Answer(id, service.RejectAsync(id, request?.Reason, cancellationToken))).WithSummary("Reject a draft or an approved message, with an optional reason.");
        messages.MapPost("/{id:long}/sent", (long id, MessageService service, CancellationToken cancellationToken) =>
            Answer(id, service.MarkSentAsync(id, cancellationToken))).WithSummary("Record that an approved message was sent (409 unless approved).");
    }

    private static async Task<Results<Ok<MessageView>, ProblemHttpResult>> GetAsync(long id, MessageService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } message ? TypedResults.Ok(message) : NotFound(id);

    private static Task<Results<Ok<MessageView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, MessageEdit edit, MessageService service, CancellationToken cancellationToken) =>
        Answer(id, service.UpdateAsync(id, edit, cancellationToken));

    private static async Task<Results<Ok<MessageView>, ValidationProblem, ProblemHttpResult>> Answer(long id, Task<MessageChange> change) =>
        await change switch
        {
            { NotFound: true } => NotFound(id),
            { Errors: { } errors } => TypedResults.ValidationProblem(errors),
            { Conflict: { } conflict } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Wrong message state", detail: conflict),
            { Message: { } message } => TypedResults.Ok(message),
            _ => throw new InvalidOperationException("A message change without a message."),
        };

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Message not found", detail: $"There is no message with id {id}.");
}
