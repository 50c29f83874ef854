using System.Globalization;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Tests.Builders;

/// <summary>One posting as the dashboards read it.</summary>
public sealed record SeedPosting(string Title, string Company, DateTime FirstSeenAt, double? SalaryAnnualUsd = null, JobStatus Status = JobStatus.Open);

/// <summary>
/// Writes postings, sources, runs, resumes and evaluations straight into the SQLite file (one prepared
/// statement in one transaction for postings), so that dashboards can be tested at 100,000 postings.
/// </summary>
public static class DashboardData
{
    public static async Task<int> AddSourceAsync(IDbContextFactory<JobSentinelDbContext> factory, string name, bool enabled = true, CircuitState circuit = CircuitState.Closed)
    {
        await using var context = await factory.CreateDbContextAsync();
        var source = new Source
        {
            Name = name,
            Type = SourceType.Greenhouse,
            Board = name.ToLowerInvariant().Replace(' ', '-'),
            Schedule = "0 * * * *",
            Enabled = enabled,
            CircuitState = circuit,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        context.Sources.Add(source);
        await context.SaveChangesAsync();
        return source.Id;
    }

    public static async Task AddRunAsync(IDbContextFactory<JobSentinelDbContext> factory, int sourceId, ScrapeRunStatus status, DateTime at, int jobsNew = 0, string? error = null)
    {
        await using var context = await factory.CreateDbContextAsync();
        context.ScrapeRuns.Add(new ScrapeRun
        {
            SourceId = sourceId,
            Status = status,
            Trigger = "schedule",
            JobsNew = jobsNew,
            Error = error,
            CreatedAt = at,
            StartedAt = at,
            FinishedAt = status is ScrapeRunStatus.Completed or ScrapeRunStatus.Failed ? at.AddSeconds(5) : null,
        });
        await context.SaveChangesAsync();
    }

    public static async Task AddPostingsAsync(IDbContextFactory<JobSentinelDbContext> factory, int sourceId, IEnumerable<SeedPosting> postings)
    {
        await using var context = await factory.CreateDbContextAsync();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO Jobs (DedupKey, Title, Company, LocationsJson, Workplace, SalaryAnnualUsd, SortDate, TagsJson, PrimarySourceId,
                              FirstSeenAt, LastSeenAt, TimesSeen, Status, Starred, Hidden, Feedback)
            VALUES ($key, $title, $company, '[]', 'Remote', $salary, $at, '[]', $source, $at, $at, 1, $status, 0, 0, 'None')
            """;
        var key = command.Parameters.Add("$key", SqliteType.Text);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var company = command.Parameters.Add("$company", SqliteType.Text);
        var salary = command.Parameters.Add("$salary", SqliteType.Real);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        var status = command.Parameters.Add("$status", SqliteType.Text);
        command.Parameters.AddWithValue("$source", sourceId);
        await command.PrepareAsync();
        foreach (var posting in postings)
        {
            key.Value = Guid.NewGuid().ToString("N");
            title.Value = posting.Title;
            company.Value = posting.Company;
            salary.Value = posting.SalaryAnnualUsd is { } value ? value : DBNull.Value;
            at.Value = Format(posting.FirstSeenAt);
            status.Value = posting.Status.ToString();
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>A resume uploaded at <paramref name="at"/>, for evaluations to point at.</summary>
    public static async Task<long> AddResumeAsync(IDbContextFactory<JobSentinelDbContext> factory, DateTime at)
    {
        await using var context = await factory.CreateDbContextAsync();
        var resume = new Core.Resumes.Resume
        {
            FileName = "resume.pdf",
            Sha256 = Guid.NewGuid().ToString("N"),
            Text = "Resume",
            ParseJson = "{}",
            AtsJson = "{}",
            LayoutJson = "{}",
            UploadedAt = at,
        };
        context.Resumes.Add(resume);
        await context.SaveChangesAsync();
        return resume.Id;
    }

    public static async Task AddEvaluationAsync(IDbContextFactory<JobSentinelDbContext> factory, long resumeId, EvaluationStatus status, DateTime createdAt)
    {
        await using var context = await factory.CreateDbContextAsync();
        context.Evaluations.Add(new Evaluation { ResumeId = resumeId, Status = status, CreatedAt = createdAt });
        await context.SaveChangesAsync();
    }

    // The text EF writes for a DateTime.
    private static string Format(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
}
