using JobSentinel.Core.Pipeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>The company research cache of the pipeline: clear one company (any spelling of its name) or all.</summary>
public static class CompanyCacheApi
{
    public sealed record RemovedResponse(int Removed);

    public static void MapCompanyCacheApi(this RouteGroupBuilder api)
    {
        var cache = api.MapGroup("/company-cache").WithTags("Pipeline runs");
        cache.MapDelete("/{company}", ClearAsync).WithSummary("Forget the research of one company; how many entries were removed.");
        cache.MapDelete("/", ClearAllAsync).WithSummary("Forget every company's research; how many entries were removed.");
    }

    private static async Task<Results<Ok<RemovedResponse>, ValidationProblem>> ClearAsync(string company, CompanyResearcher researcher, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(company)
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["company"] = ["company is required."] })
            : TypedResults.Ok(new RemovedResponse(await researcher.ClearAsync(company, cancellationToken)));

    private static async Task<Ok<RemovedResponse>> ClearAllAsync(CompanyResearcher researcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(new RemovedResponse(await researcher.ClearAllAsync(cancellationToken)));
}
