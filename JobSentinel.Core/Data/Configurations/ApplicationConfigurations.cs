using JobSentinel.Core.Achievements;
using JobSentinel.Core.Applications;
using JobSentinel.Core.Contacts;
using JobSentinel.Core.Generation;
using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class TrackedApplicationConfiguration : IEntityTypeConfiguration<TrackedApplication>
{
    public void Configure(EntityTypeBuilder<TrackedApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Company).HasMaxLength(200);
        builder.Property(a => a.Url).HasMaxLength(2048);
        builder.Property(a => a.SalaryCurrency).HasMaxLength(3);
        builder.Property(a => a.NextAction).HasMaxLength(500);
        builder.Property(a => a.Notes).HasMaxLength(20_000);
        // One application per posting; the application outlives its posting.
        builder.HasIndex(a => a.JobId).IsUnique();
        builder.HasIndex(a => new { a.Status, a.Position });
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(a => a.JobId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StarRecordConfiguration : IEntityTypeConfiguration<StarRecord>
{
    public void Configure(EntityTypeBuilder<StarRecord> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Company).HasMaxLength(200);
        builder.Property(s => s.Role).HasMaxLength(200);
        builder.HasIndex(s => new { s.Status, s.Id });
        builder.HasIndex(s => s.ResumeId);
        builder.HasOne<Resume>().WithMany().HasForeignKey(s => s.ResumeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PipelineRunConfiguration : IEntityTypeConfiguration<PipelineRun>
{
    public void Configure(EntityTypeBuilder<PipelineRun> builder)
    {
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.Status, r.Id });
        builder.HasIndex(r => new { r.JobId, r.Id });
        builder.HasIndex(r => r.ResumeId);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resume>().WithMany().HasForeignKey(r => r.ResumeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PipelineStepConfiguration : IEntityTypeConfiguration<PipelineStep>
{
    public void Configure(EntityTypeBuilder<PipelineStep> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(40);
        builder.Property(s => s.Provider).HasMaxLength(200);
        builder.Property(s => s.Error).HasMaxLength(4000);
        builder.HasIndex(s => new { s.RunId, s.Order }).IsUnique();
        builder.HasOne<PipelineRun>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GeneratedDocumentConfiguration : IEntityTypeConfiguration<GeneratedDocument>
{
    public void Configure(EntityTypeBuilder<GeneratedDocument> builder)
    {
        builder.ToTable("Documents");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Provider).HasMaxLength(200);
        builder.HasIndex(d => d.RunId);
        builder.HasIndex(d => d.ResumeId);
        builder.HasIndex(d => d.JobId);
        builder.HasOne<PipelineRun>().WithMany().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Resume>().WithMany().HasForeignKey(d => d.ResumeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(d => d.JobId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class CompanyResearchConfiguration : IEntityTypeConfiguration<CompanyResearch>
{
    public void Configure(EntityTypeBuilder<CompanyResearch> builder)
    {
        builder.ToTable("CompanyCache");
        builder.Property(c => c.CompanyKey).HasMaxLength(200);
        builder.Property(c => c.Company).HasMaxLength(200);
        builder.HasIndex(c => c.CompanyKey).IsUnique();
    }
}

internal sealed class LlmCallConfiguration : IEntityTypeConfiguration<LlmCall>
{
    public void Configure(EntityTypeBuilder<LlmCall> builder)
    {
        builder.Property(c => c.Purpose).HasMaxLength(40);
        builder.Property(c => c.Provider).HasMaxLength(20);
        builder.Property(c => c.Model).HasMaxLength(200);
        builder.Property(c => c.Error).HasMaxLength(1000);
        builder.HasIndex(c => c.At);
    }
}

internal sealed class LlmCacheEntryConfiguration : IEntityTypeConfiguration<LlmCacheEntry>
{
    public void Configure(EntityTypeBuilder<LlmCacheEntry> builder)
    {
        builder.ToTable("LlmCache");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.Property(c => c.Model).HasMaxLength(200);
        builder.HasIndex(c => c.CreatedAt);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Company).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Source).HasMaxLength(20);
        builder.Property(c => c.Notes).HasMaxLength(20_000);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => c.Company);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(c => c.SourceJobId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OutreachMessageConfiguration : IEntityTypeConfiguration<OutreachMessage>
{
    public void Configure(EntityTypeBuilder<OutreachMessage> builder)
    {
        builder.ToTable("Messages");
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Body).HasMaxLength(20_000);
        builder.Property(m => m.Provider).HasMaxLength(200);
        builder.Property(m => m.RejectReason).HasMaxLength(1000);
        builder.HasIndex(m => new { m.ContactId, m.Id });
        builder.HasIndex(m => new { m.Status, m.Id });
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(m => m.JobId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PipelineRun>().WithMany().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.SetNull);
    }
}
