using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class ResumeConfiguration : IEntityTypeConfiguration<Resume>
{
    public void Configure(EntityTypeBuilder<Resume> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(255);
        builder.Property(r => r.StoredName).HasMaxLength(64);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.CandidateName).HasMaxLength(200);
        builder.HasIndex(r => r.UploadedAt);
    }
}

internal sealed class JobDescriptionDocumentConfiguration : IEntityTypeConfiguration<JobDescriptionDocument>
{
    public void Configure(EntityTypeBuilder<JobDescriptionDocument> builder)
    {
        builder.ToTable("JobDescriptionDocuments");
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.StoredName).HasMaxLength(64);
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.HasIndex(e => new { e.Status, e.Id });
        builder.HasIndex(e => new { e.Status, e.FinishedAt });
        builder.Property(e => e.Error).HasMaxLength(4000);
        // Deleting a resume, posting or job description deletes its evaluations.
        builder.HasOne<Resume>().WithMany().HasForeignKey(e => e.ResumeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobPosting>().WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobDescriptionDocument>().WithMany().HasForeignKey(e => e.JobDescriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
