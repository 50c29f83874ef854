using JobSentinel.Core.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobSentinel.Core.Data.Configurations;

internal sealed class OpsSampleConfiguration : IEntityTypeConfiguration<OpsSample>
{
    public void Configure(EntityTypeBuilder<OpsSample> builder)
    {
        builder.HasIndex(s => s.Minute).IsUnique();
        builder.Property(s => s.Users).HasMaxLength(OpsSample.UsersMaxLength);
    }
}
