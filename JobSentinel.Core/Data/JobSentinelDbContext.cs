using JobSentinel.Core.BackgroundWork;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Data;

public sealed class JobSentinelDbContext(DbContextOptions<JobSentinelDbContext> options) : DbContext(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AdminUser> AdminUsers => Set<AdminUser>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobSentinelDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset in queries: every time is a UTC DateTime.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<WorkItemStatus>().HaveConversion<string>().HaveMaxLength(16);
    }
}
