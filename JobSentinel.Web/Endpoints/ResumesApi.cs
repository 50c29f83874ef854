using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Documents;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Endpoints;

/// <summary>Resumes, job descriptions and the synchronous analysis (SPEC §3, §7).</summary>
public static class ResumesApi
{
    public const int MaxBestJobs = 200;

    /// <summary>The answer of <c>POST /analyze</c> (SPEC §7).</summary>
    public sealed record AnalyzeResponse(ResumeSummary Resume, AtsReport AtsReport, RelevanceResult? Relevance);

    /// <summary>The JSON body of <c>POST /job-descriptions</c>.</summary>
    public sealed record PastedJobDescription(string? Title, string? Text);

    public static void MapResumesApi(this RouteGroupBuilder api)
    {
        var resumes = api.MapGroup("/resumes").WithTags("Resumes");
        resumes.MapPost("/", UploadAsync).WithSummary("Upload a resume (multipart field 'file': PDF, DOCX, TXT, Markdown or HTML); answers its parse and ATS report.");
        resumes.MapGet("/", ListAsync).WithSummary("Uploaded resumes, newest first.");
        resumes.MapGet("/{id:long}", GetAsync).WithSummary("One resume: parse (contact, sections, roles, skills) and ATS report.");
        resumes.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete a resume with its file and evaluations.");
        resumes.MapGet("/{id:long}/best-jobs", BestJobsAsync).WithSummary("Open stored postings ranked by relevance to this resume.");

        var descriptions = api.MapGroup("/job-descriptions").WithTags("Resumes");
        descriptions.MapPost("/", AddDescriptionAsync).WithSummary("Add a job description: multipart field 'file' (and optional 'title'), or JSON {title, text}.");
        descriptions.MapGet("/", ListDescriptionsAsync).WithSummary("Pasted and uploaded job descriptions, newest first.");
        descriptions.MapGet("/{id:long}", GetDescriptionAsync).WithSummary("One job description with the requirements read from it.");
        descriptions.MapDelete("/{id:long}", DeleteDescriptionAsync).WithSummary("Delete a job description with its evaluations.");

        api.MapPost("/analyze", AnalyzeAsync).WithTags("Resumes")
            .WithSummary("Synchronous check: multipart 'resume' file and optional 'jobDescription' (text, or a file); ATS report and relevance. Stores nothing.");
    }

    private static async Task<IResult> UploadAsync(
        HttpRequest request, ResumeService resumes, IOptionsMonitor<UploadsOptions> options, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(request, "file", options, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        try
        {
            var resume = await resumes.UploadAsync(upload.Content, upload.FileName, cancellationToken);
            return TypedResults.Created($"/api/v1/resumes/{resume.Id}", resume);
        }
        catch (DocumentRejectedException rejected)
        {
            return UploadedFile.Rejected(rejected);
        }
    }

    private static async Task<Results<Ok<PagedResult<ResumeView>>, ValidationProblem>> ListAsync(
        int? page, int? pageSize, ResumeService resumes, CancellationToken cancellationToken)
    {
        if (Paging.Validate(page, pageSize) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (p, size) = Paging.Resolve(page, pageSize);
        var all = await resumes.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<ResumeView>([.. all.Skip((p - 1) * size).Take(size)], all.Count, p, size));
    }

    private static async Task<Results<Ok<ResumeDetail>, ProblemHttpResult>> GetAsync(long id, ResumeService resumes, CancellationToken cancellationToken) =>
        await resumes.GetAsync(id, cancellationToken) is { } resume ? TypedResults.Ok(resume) : NotFound("Resume", id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ResumeService resumes, CancellationToken cancellationToken) =>
        await resumes.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound("Resume", id);

    private static async Task<Results<Ok<PagedResult<BestJob>>, ValidationProblem, ProblemHttpResult>> BestJobsAsync(
        long id, int? limit, ResumeRanking ranking, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxBestJobs)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"limit must be between 1 and {MaxBestJobs}."] });
        }

        var size = limit ?? 20;
        return await ranking.BestJobsAsync(id, size, cancellationToken) is { } jobs
            ? TypedResults.Ok(new PagedResult<BestJob>(jobs.Items, jobs.Ranked, 1, size))
            : NotFound("Resume", id);
    }

    private static async Task<IResult> AddDescriptionAsync(
        HttpRequest request, JobDescriptionService descriptions, IOptionsMonitor<UploadsOptions> options, CancellationToken cancellationToken)
    {
        JobDescriptionView created;
        if (request.HasFormContentType)
        {
            var (upload, problem) = await UploadedFile.ReadAsync(request, "file", options, cancellationToken);
            if (upload is null)
            {
                return problem!;
            }

            try
            {
                created = await descriptions.UploadAsync(upload.Content, upload.FileName, upload.Form["title"], cancellationToken);
            }
            catch (DocumentRejectedException rejected)
            {
                return UploadedFile.Rejected(rejected);
            }
        }
        else
        {
            PastedJobDescription? body;
            try
            {
                body = await request.ReadFromJsonAsync<PastedJobDescription>(cancellationToken);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid body",
                    detail: "Send JSON {\"title\": \"...\", \"text\": \"...\"} or a multipart upload with the field 'file'.");
            }

            if (JobDescriptionService.Validate(body?.Title, body?.Text) is { } errors)
            {
                return TypedResults.ValidationProblem(errors);
            }

            created = await descriptions.PasteAsync(body!.Title, body.Text!, cancellationToken);
        }

        return TypedResults.Created($"/api/v1/job-descriptions/{created.Id}", created);
    }

    private static async Task<Ok<PagedResult<JobDescriptionView>>> ListDescriptionsAsync(JobDescriptionService descriptions, CancellationToken cancellationToken)
    {
        var all = await descriptions.ListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<JobDescriptionView>(all, all.Count, 1, Math.Max(all.Count, 1)));
    }

    private static async Task<Results<Ok<JobDescriptionView>, ProblemHttpResult>> GetDescriptionAsync(
        long id, JobDescriptionService descriptions, CancellationToken cancellationToken) =>
        await descriptions.GetAsync(id, cancellationToken) is { } found ? TypedResults.Ok(found) : NotFound("Job description", id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteDescriptionAsync(
        long id, JobDescriptionService descriptions, CancellationToken cancellationToken) =>
        await descriptions.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound("Job description", id);

    private static async Task<IResult> AnalyzeAsync(
        HttpRequest request, ResumeAnalyzer analyzer, RelevanceEngine relevance, IOptionsMonitor<UploadsOptions> options, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadedFile.ReadAsync(request, "resume", options, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        string? jobText = upload.Form["jobDescription"];
        if (upload.Form.Files.GetFile("jobDescription") is { } jobFile)
        {
            // The description may come as a file too (PDF, DOCX...): read it like an uploaded job description.
            try
            {
                using var buffer = new MemoryStream();
                await jobFile.CopyToAsync(buffer, cancellationToken);
                jobText = analyzer.ReadDocument(buffer.ToArray(), ResumeService.CleanFileName(jobFile.FileName)).Text;
            }
            catch (DocumentRejectedException rejected)
            {
                return UploadedFile.Rejected(rejected);
            }
        }

        if (JobDescriptionService.ValidateText("jobDescription", jobText, required: false) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            var fileName = ResumeService.CleanFileName(upload.FileName);
            var analysis = analyzer.Analyze(upload.Content, fileName);
            var result = string.IsNullOrWhiteSpace(jobText) ? null : await relevance.EvaluateAsync(analysis.Resume, jobText, null, cancellationToken);
            return TypedResults.Ok(new AnalyzeResponse(ResumeSummary.From(fileName, analysis.Resume), analysis.Report, result));
        }
        catch (DocumentRejectedException rejected)
        {
            return UploadedFile.Rejected(rejected);
        }
    }

    internal static ProblemHttpResult NotFound(string what, long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} not found", detail: $"There is no {what.ToLowerInvariant()} with id {id}.");
}
