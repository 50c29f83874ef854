using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics.Logs;
using Microsoft.Extensions.Logging.Abstractions;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace JobSentinel.Web.Observability;

/// <summary>
/// Log files next to the data: Serilog's rolling file sink writes compact JSON, one file a day, kept
/// <c>JobSentinel:Logging:RetentionDays</c> days. It is one more provider of Microsoft's logging, so the console
/// (simple or JSON formatter), the levels of <c>Logging:LogLevel</c> and the request-id scope apply to both.
/// </summary>
public static class FileLogging
{
    public static void AddFileLogging(this WebApplicationBuilder builder)
    {
        // Built from the final configuration (a test host sets the data directory after Program's code ran).
        builder.Services.AddSingleton<ILoggerProvider>(provider =>
            CreateProvider(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<IHostEnvironment>()));
    }

    private static ILoggerProvider CreateProvider(IConfiguration configuration, IHostEnvironment environment)
    {
        string logs;
        int retentionDays;
        try
        {
            var dataDirectory = configuration[$"{JobSentinelOptions.SectionName}:{nameof(JobSentinelOptions.DataDirectory)}"];
            logs = new DataPaths(Path.GetFullPath(string.IsNullOrWhiteSpace(dataDirectory) ? "./data" : dataDirectory, environment.ContentRootPath)).Logs;
            retentionDays = configuration.GetValue($"{LoggingOptions.SectionName}:{nameof(LoggingOptions.RetentionDays)}", LoggingOptions.DefaultRetentionDays);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or IOException)
        {
            // A bad data directory or retention is reported by the options validation at startup, by key name.
            return NullLoggerProvider.Instance;
        }

        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose() // Microsoft's filters have decided already.
            .WriteTo.File(
                new CompactJsonFormatter(),
                LogFiles.PathTemplate(logs),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: null,
                retainedFileTimeLimit: TimeSpan.FromDays(Math.Clamp(retentionDays, 1, LoggingOptionsValidator.MaxRetentionDays)),
                fileSizeLimitBytes: LogFiles.FileSizeLimitBytes,
                rollOnFileSizeLimit: true)
            .CreateLogger();
        return new SerilogLoggerProvider(logger, dispose: true);
    }
}
