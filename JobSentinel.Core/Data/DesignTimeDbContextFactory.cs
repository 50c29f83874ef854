using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace JobSentinel.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<JobSentinelDbContext>
{
    public JobSentinelDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<JobSentinelDbContext>()
            .UseSqlite(SqliteConnectionStrings.ReadWrite(Path.Combine(Path.GetTempPath(), "jobsentinel-design.db")))
            .Options);
}
