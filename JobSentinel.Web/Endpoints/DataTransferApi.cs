using System.Security.Claims;
using JobSentinel.Core.DataTransfer;
using JobSentinel.Core.Profiles;
using JobSentinel.Core.Security;
using JobSentinel.Web.BackgroundJobs;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace JobSentinel.Web.Endpoints;

/// <summary>Full export and import of the user's data as one JSON document (SPEC §6).</summary>
public static class DataTransferApi
{
    /// <summary>The largest import accepted, as a file or a body.</summary>
    public const long MaxImportBytes = 2L * 1024 * 1024 * 1024;

    public sealed record ImportAnswer(int Created, int Updated, int Skipped, IReadOnlyDictionary<string, ImportCounts> Sections);

    public static void MapDataTransferApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin");
        admin.MapGet("/export", ExportAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("Everything the user keeps as one versioned JSON document (secrets left out), streamed as a download.");
        admin.MapPost("/import", ImportAsync)
            .WithSummary("Import an export (multipart 'file' or a JSON body): all validated first, then merged in one transaction.");
    }

    private static async Task ExportAsync(
        HttpContext http, DataExporter exporter, AuditLog audit, TimeProvider time, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var response = http.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"jobsentinel-export-{time.GetUtcNow():yyyy-MM-dd}.json\"";
        var postings = await exporter.WriteAsync(response.BodyWriter, cancellationToken);
        await audit.WriteAsync(AuditKinds.DataExported, Actor(user), http.Connection.RemoteIpAddress?.ToString(), $"{postings} posting(s)", cancellationToken);
    }

    private static async Task<Results<Ok<ImportAnswer>, ValidationProblem>> ImportAsync(
        HttpContext http, DataImporter importer, AuditLog audit, RescoreWorker rescoring, SourceScheduleSync schedules,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxImportBytes;
        }

        ImportResult result;
        var request = http.Request;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = MaxImportBytes }, cancellationToken);
            if (form.Files.GetFile("file") is not { } file)
            {
                return Rejected(new Dictionary<string, string[]> { ["file"] = ["Send the export as multipart/form-data in the field 'file', or as a JSON body."] });
            }

            await using var stream = file.OpenReadStream();
            result = await importer.ImportAsync(stream, cancellationToken);
        }
        else
        {
            result = await importer.ImportAsync(request.Body, cancellationToken);
        }

        if (!result.Ok)
        {
            return Rejected(result.Problems.ToDictionary());
        }

        await audit.WriteAsync(AuditKinds.DataImported, Actor(user), http.Connection.RemoteIpAddress?.ToString(), result.Summary, cancellationToken);
        if (result.CreatedSourceIds.Count > 0)
        {
            await schedules.SyncAllAsync(cancellationToken);
        }

        rescoring.Request("import");
        return TypedResults.Ok(new ImportAnswer(result.Created, result.Updated, result.Skipped, result.Sections));
    }

    private static ValidationProblem Rejected(IDictionary<string, string[]> problems) =>
        TypedResults.ValidationProblem(problems, title: "The import was rejected; nothing was written.");

    private static string Actor(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == AuthSchemes.ApiKey ? $"api key '{user.Identity.Name}'" : user.Identity?.Name ?? "unknown";
}
