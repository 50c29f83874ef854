using JobSentinel.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class SearchProfileConfiguration : IEntityTypeConfiguration<SearchProfile>
{
    public void Configure(EntityTypeBuilder<SearchProfile> builder)
    {
        builder.ToTable("Profiles");
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.Currency).HasMaxLength(3);
    }
}

internal sealed class JobMatchConfiguration : IEntityTypeConfiguration<JobMatch>
{
    public void Configure(EntityTypeBuilder<JobMatch> builder)
    {
        builder.ToTable("JobMatches");
        builder.HasKey(m => m.JobId);
        builder.Property(m => m.JobId).ValueGeneratedNever();
        builder.HasIndex(m => m.Score);
    }
}
