using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Builders;

/// <summary>Generated documents as a pipeline run leaves them: a stored resume, a posting, and a Documents row.</summary>
public static class GeneratedDocuments
{
    public static IReadOnlyList<DocumentSection> CvSections { get; } =
    [
        new("summary", "Summary", "Backend engineer building reliable services in Python and PostgreSQL."),
        new("experience", "Experience", "Senior Software Engineer, Acme Corp (Jan 2020 – Dec 2023)\n- Built Python APIs on PostgreSQL serving 2,000 requests per second\n- Reduced deployment time by 70% with Docker and Kubernetes"),
        new("skills", "Skills", "Python, PostgreSQL, Docker, Kubernetes"),
        new("education", "Education", "B.S. Computer Science, State University, 2016"),
    ];

    /// <summary>Uploads the test resume, adds the "Backend Engineer" posting at Acme and stores a CV for them; the CV's id.</summary>
    public static async Task<long> SeedCvAsync(IServiceProvider services, string provider = "template", bool withJob = true)
    {
        var resume = await services.GetRequiredService<ResumeService>().UploadAsync(ResumeFiles.TextFile(), "jane.txt", CancellationToken.None);
        long? jobId = null;
        if (withJob)
        {
            var job = await services.GetRequiredService<JobTriage>().AddManualAsync(
                new ManualJobDraft { Url = $"https://jobs.example.com/acme/{Guid.NewGuid():N}", Title = "Backend Engineer", Company = "Acme", Description = ResumeFiles.JobDescription },
                CancellationToken.None);
            jobId = job.Id;
        }

        var json = JsonSerializer.Serialize(CvSections, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var now = DateTime.UtcNow;
        var document = new GeneratedDocument
        {
            ResumeId = resume.Id,
            JobId = jobId,
            Kind = DocumentKind.Cv,
            Title = "Jane Doe",
            SectionsJson = json,
            GeneratedSectionsJson = json,
            Provider = provider,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var context = await services.GetRequiredService<IDbContextFactory<JobSentinelDbContext>>().CreateDbContextAsync();
        context.Documents.Add(document);
        await context.SaveChangesAsync();
        return document.Id;
    }
}
