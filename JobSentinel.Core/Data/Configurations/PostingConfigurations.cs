using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class JobPostingConfiguration : IEntityTypeConfiguration<JobPosting>
{
    public void Configure(EntityTypeBuilder<JobPosting> builder)
    {
        builder.ToTable("Jobs");
        builder.Property(j => j.DedupKey).HasMaxLength(32);
        builder.HasIndex(j => j.DedupKey).IsUnique();
        builder.Property(j => j.Title).HasMaxLength(500);
        builder.Property(j => j.Company).HasMaxLength(300);
        builder.Property(j => j.Location).HasMaxLength(1000);
        builder.Property(j => j.SalaryCurrency).HasMaxLength(3);
        builder.Property(j => j.Url).HasMaxLength(2000);
        builder.Property(j => j.ApplyUrl).HasMaxLength(2000);
        builder.Property(j => j.Notes).HasMaxLength(10000);
        // Every index slows each insert of a run: only the default list (open, not hidden, newest
        // first) gets one, which also answers its count; other filters and sorts scan the table.
        builder.HasIndex(j => new { j.Status, j.Hidden, j.SortDate });
        // The dashboards group postings by when they were first seen: one covering index answers jobs per
        // day/hour, top companies and salary trends without reading the wide rows.
        builder.HasIndex(j => new { j.FirstSeenAt, j.Status, j.Company, j.SalaryAnnualUsd, j.Title }).HasDatabaseName("IX_Jobs_Dashboard");
    }
}

internal sealed class JobDescriptionConfiguration : IEntityTypeConfiguration<JobDescription>
{
    public void Configure(EntityTypeBuilder<JobDescription> builder)
    {
        builder.HasKey(d => d.JobId);
        builder.Property(d => d.JobId).ValueGeneratedNever();
        builder.HasOne<JobPosting>().WithOne().HasForeignKey<JobDescription>(d => d.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class JobSightingConfiguration : IEntityTypeConfiguration<JobSighting>
{
    public void Configure(EntityTypeBuilder<JobSighting> builder)
    {
        builder.Property(s => s.ExternalId).HasMaxLength(2000);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.HasIndex(s => new { s.SourceId, s.ExternalId }).IsUnique();
        builder.HasIndex(s => s.JobId);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(s => s.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Source>().WithMany().HasForeignKey(s => s.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
