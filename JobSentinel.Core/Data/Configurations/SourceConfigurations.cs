using JobSentinel.Core.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Board).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.BaseUrl).HasMaxLength(2000);
        builder.Property(s => s.Schedule).HasMaxLength(100);
    }
}

internal sealed class ScrapeRunConfiguration : IEntityTypeConfiguration<ScrapeRun>
{
    public void Configure(EntityTypeBuilder<ScrapeRun> builder)
    {
        builder.Property(r => r.Trigger).HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(4000);
        builder.HasIndex(r => new { r.SourceId, r.CreatedAt });
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasOne<Source>().WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
