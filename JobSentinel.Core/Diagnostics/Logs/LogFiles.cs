namespace JobSentinel.Core.Diagnostics.Logs;

/// <summary>
/// Where and how the server writes its log files: one file a day in <c>{DataDirectory}/logs</c>, named
/// <c>jobsentinel-yyyyMMdd.clef</c> (<c>_001</c>, <c>_002</c>… when a day's file reaches the size limit), each line one
/// event in compact log event format (CLEF: JSON with <c>@t</c>, <c>@l</c>, <c>@mt</c>, <c>@x</c> and the event's properties).
/// </summary>
public static class LogFiles
{
    public const string Prefix = "jobsentinel-";
    public const string Extension = ".clef";
    public const string SearchPattern = Prefix + "*" + Extension;
    public const long FileSizeLimitBytes = 100L * 1024 * 1024;

    /// <summary>The path template the rolling writer fills in with the date.</summary>
    public static string PathTemplate(string logsDirectory) => Path.Combine(logsDirectory, Prefix + Extension);
}
