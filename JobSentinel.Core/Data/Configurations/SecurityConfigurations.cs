using JobSentinel.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.Ignore(k => k.IsActive);
    }
}

internal sealed class AdminUserConfiguration : IEntityTypeConfiguration<AdminUser>
{
    public void Configure(EntityTypeBuilder<AdminUser> builder)
    {
        builder.Property(u => u.UserName).HasMaxLength(64);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.PasswordHash).HasMaxLength(256);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.Kind).HasMaxLength(64);
        builder.Property(e => e.Actor).HasMaxLength(128);
        builder.Property(e => e.RemoteIp).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}
