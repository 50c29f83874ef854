using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Data;

public sealed class JobSentinelDbContext(DbContextOptions<JobSentinelDbContext> options) : DbContext(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AdminUser> AdminUsers => Set<AdminUser>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<ScrapeRun> ScrapeRuns => Set<ScrapeRun>();

    public DbSet<JobPosting> Jobs => Set<JobPosting>();

    public DbSet<JobSighting> JobSightings => Set<JobSighting>();

    public DbSet<JobDescription> JobDescriptions => Set<JobDescription>();

    public DbSet<Profiles.SearchProfile> Profiles => Set<Profiles.SearchProfile>();

    public DbSet<Profiles.JobMatch> JobMatches => Set<Profiles.JobMatch>();

    public DbSet<Alerts.AlertChannel> AlertChannels => Set<Alerts.AlertChannel>();

    public DbSet<Alerts.Alert> Alerts => Set<Alerts.Alert>();

    public DbSet<Resumes.Resume> Resumes => Set<Resumes.Resume>();

    public DbSet<Evaluations.JobDescriptionDocument> JobDescriptionDocuments => Set<Evaluations.JobDescriptionDocument>();

    public DbSet<Evaluations.Evaluation> Evaluations => Set<Evaluations.Evaluation>();

    public DbSet<Diagnostics.OpsSample> OpsSamples => Set<Diagnostics.OpsSample>();

    public DbSet<Applications.TrackedApplication> Applications => Set<Applications.TrackedApplication>();

    public DbSet<Achievements.StarRecord> StarRecords => Set<Achievements.StarRecord>();

    public DbSet<Pipeline.PipelineRun> PipelineRuns => Set<Pipeline.PipelineRun>();

    public DbSet<Pipeline.PipelineStep> PipelineSteps => Set<Pipeline.PipelineStep>();

    public DbSet<Pipeline.GeneratedDocument> Documents => Set<Pipeline.GeneratedDocument>();

    public DbSet<Pipeline.CompanyResearch> CompanyCache => Set<Pipeline.CompanyResearch>();

    public DbSet<Generation.LlmCall> LlmCalls => Set<Generation.LlmCall>();

    public DbSet<Generation.LlmCacheEntry> LlmCache => Set<Generation.LlmCacheEntry>();

    public DbSet<Contacts.Contact> Contacts => Set<Contacts.Contact>();

    public DbSet<Contacts.OutreachMessage> Messages => Set<Contacts.OutreachMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobSentinelDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset in queries: every time is a UTC DateTime.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        // Enums as readable strings: the database stays understandable with the sqlite3 shell.
        configurationBuilder.Properties<WorkItemStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SourceType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CircuitState>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<ScrapeRunStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<WorkplaceType>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<SalaryPeriod>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<JobStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<JobFeedback>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Alerts.AlertChannelType>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Alerts.AlertStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Alerts.AlertKind>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Documents.FileFormat>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Resumes.AtsRating>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Evaluations.EvaluationStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Evaluations.Verdict>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Applications.ApplicationStatus>().HaveConversion<string>().HaveMaxLength(12);
        configurationBuilder.Properties<Achievements.StarRecordStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Pipeline.PipelineRunStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Pipeline.PipelineStepStatus>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Pipeline.DocumentKind>().HaveConversion<string>().HaveMaxLength(12);
        configurationBuilder.Properties<Contacts.MessageStatus>().HaveConversion<string>().HaveMaxLength(10);
    }
}
