namespace JobSentinel.Core.Diagnostics.Logs;

/// <summary>The events of one message template: how many, when the last one happened, and one of them rendered.</summary>
public sealed record LogEventGroup(string Level, string Template, int Count, DateTime LastSeen, string Example, string? Source);

/// <summary>
/// Errors (and critical events) and warnings of the last <see cref="Hours"/> hours grouped by message template, most
/// frequent first. <see cref="Truncated"/> says that only the newest part of the logs was read.
/// </summary>
public sealed record LogErrorSummary(
    DateTime Since,
    int Hours,
    int ErrorCount,
    int WarningCount,
    IReadOnlyList<LogEventGroup> Errors,
    IReadOnlyList<LogEventGroup> Warnings,
    int UnreadableLines,
    bool Truncated);
