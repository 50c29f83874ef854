using JobSentinel.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class AlertChannelConfiguration : IEntityTypeConfiguration<AlertChannel>
{
    public void Configure(EntityTypeBuilder<AlertChannel> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.DigestTime).HasMaxLength(5);
        builder.Property(c => c.QuietHours).HasMaxLength(11);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.LastError).HasMaxLength(1000);
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.HasIndex(a => new { a.ChannelId, a.JobId }).IsUnique();
        builder.HasIndex(a => new { a.Status, a.NextAttemptAt });
        // Delivered alerts by time: the alert SLO and the daily summary.
        builder.HasIndex(a => new { a.Status, a.SentAt });
        builder.Property(a => a.LastError).HasMaxLength(1000);
        builder.HasOne<AlertChannel>().WithMany().HasForeignKey(a => a.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
