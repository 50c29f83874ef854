using System.Security.Claims;
using JobSentinel.Core.Data;
using JobSentinel.Core.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Search profiles (SPEC §7): <c>/profile</c> is the default one, <c>/profiles</c> manages all. Every change rescores in the background.</summary>
public static class ProfilesApi
{
    public static void MapProfilesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/profile", (ProfileService service, CancellationToken cancellationToken) => GetAsync(null, service, cancellationToken))
            .WithTags("Profiles").WithSummary("The default search profile.");
        api.MapPut("/profile", (ProfileDraft draft, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                UpdateAsync(null, draft, service, user, cancellationToken))
            .WithTags("Profiles").WithSummary("Change the default profile (fields left out keep their value); stored postings are rescored in the background.");

        var profiles = api.MapGroup("/profiles").WithTags("Profiles");
        profiles.MapGet("/", ListAsync).WithSummary("Every profile, the default first.");
        profiles.MapPost("/", CreateAsync).WithSummary("Add a profile; stored postings are rescored.");
        profiles.MapGet("/{id:int}", (int id, ProfileService service, CancellationToken cancellationToken) => GetAsync(id, service, cancellationToken));
        profiles.MapPut("/{id:int}", (int id, ProfileDraft draft, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                UpdateAsync(id, draft, service, user, cancellationToken))
            .WithSummary("Change a profile (isDefault: true makes it the default); stored postings are rescored.");
        profiles.MapDelete("/{id:int}", DeleteAsync).WithSummary("Delete a profile (not the default one).");
        profiles.MapPost("/{id:int}/reset-learning", ResetLearningAsync).WithSummary("Forget what thumbs up/down taught the profile.");
    }

    private static async Task<Ok<PagedResult<ProfileView>>> ListAsync(ProfileService service, CancellationToken cancellationToken)
    {
        var all = await service.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ProfileView>(all, all.Count, 1, Math.Max(all.Count, Paging.DefaultPageSize)));
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> GetAsync(int? id, ProfileService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken) is { } profile ? TypedResults.Ok(profile) : NotFound(id);

    private static async Task<Results<Created<ProfileView>, ValidationProblem>> CreateAsync(
        ProfileDraft draft, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(draft, user.Identity?.Name, cancellationToken);
        return result.Value is { } profile
            ? TypedResults.Created($"/api/v1/profiles/{profile.Id}", profile)
            : TypedResults.ValidationProblem(result.Errors);
    }

    private static async Task<Results<Ok<ProfileView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        int? id, ProfileDraft draft, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await service.UpdateAsync(id, draft, user.Identity?.Name, cancellationToken);
        return result switch
        {
            { NotFound: true } => NotFound(id),
            { Value: { } profile } => TypedResults.Ok(profile),
            _ => TypedResults.ValidationProblem(result.Errors),
        };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (found, error) = await service.DeleteAsync(id, user.Identity?.Name, cancellationToken);
        return !found ? NotFound(id)
            : error is not null ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Profile in use", detail: error)
            : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> ResetLearningAsync(
        int id, ProfileService service, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await service.ResetLearningAsync(id, user.Identity?.Name, cancellationToken) is { } profile ? TypedResults.Ok(profile) : NotFound(id);

    private static ProblemHttpResult NotFound(int? id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Profile not found", detail: $"There is no profile with id {id}.");
}
