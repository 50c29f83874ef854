using JobSentinel.Core.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Web.Cli;

/// <summary>
/// Audit entries for what the CLI does to the data (backups, restores) under the actor <c>cli</c>. The command's own
/// outcome never depends on it: a database without the audit table (none yet, or restored from an older version
/// before the server migrated it) only loses the entry, with a note on the error output.
/// </summary>
public static class CliAudit
{
    public const string Actor = "cli";

    public static async Task WriteAsync(CliContext context, IServiceProvider services, string kind, string detail, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<AuditLog>().WriteAsync(kind, Actor, null, detail, cancellationToken);
        }
        catch (Exception ex) when (ex is SqliteException or DbUpdateException or InvalidOperationException)
        {
            await context.Output.WriteLineAsync($"Note: the audit log could not record this ({ex.GetBaseException().Message}).");
        }
    }
}
