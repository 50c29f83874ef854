using JobSentinel.Core.BackgroundWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.Property(w => w.Kind).HasMaxLength(64);
        builder.Property(w => w.Error).HasMaxLength(4000);
        builder.HasIndex(w => new { w.Status, w.Kind });
    }
}
