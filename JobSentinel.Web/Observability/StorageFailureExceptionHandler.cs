using JobSentinel.Core.Data;
using JobSentinel.Core.Health;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Web.Observability;

/// <summary>
/// A write refused by the disk (full, read-only) answers 503 with the reason instead of a bare 500: nothing was
/// saved (SQLite rolled the transaction back), and the operator learns what to fix from the answer and /health.
/// </summary>
public sealed partial class StorageFailureExceptionHandler(
    IProblemDetailsService problemDetails, DataPaths paths, ILogger<StorageFailureExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // Browsers get the app's error page; API clients get the reason.
        var reason = Extensions.ObservabilityExtensions.IsApiLike(httpContext) ? Describe(exception) : null;
        if (reason is null)
        {
            return false;
        }

        LogStorageFailure(logger, reason);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The data directory does not take writes",
                Detail = $"{reason} Nothing was saved; free space or make the directory writable, then try again.",
            },
        });
    }

    private string? Describe(Exception exception) => Unwrap(exception) switch
    {
        SqliteException { SqliteErrorCode: 8 or 13 } sqlite => WriteFailures.Database(sqlite, paths.Database),
        IOException { HResult: WriteFailures.Enospc or WriteFailures.Edquot or WriteFailures.Erofs } io => WriteFailures.DataDirectory(io, paths.Root),
        _ => null,
    };

    // EF wraps the provider's error in DbUpdateException.
    private static Exception Unwrap(Exception exception) =>
        exception is Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: { } inner } ? inner : exception;

    [LoggerMessage(EventId = 4010, Level = LogLevel.Error, Message = "A request could not be saved: {Reason}")]
    private static partial void LogStorageFailure(ILogger logger, string reason);
}
