using System.Globalization;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;

namespace JobSentinel.Core.Diagnostics.Logs;

/// <summary>
/// Reads the newest log files (at most <see cref="MaxBytes"/> of them, so a huge log cannot stall a page) and groups
/// the errors and warnings of a time window by message template. Lines that are not log events are skipped.
/// </summary>
public sealed class LogErrorReader(DataPaths paths, TimeProvider timeProvider)
{
    public const int MinHours = 1;
    public const int MaxHours = 168;
    public const int MaxGroups = 100;

    /// <summary>How much of the newest log files one summary reads at most.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    public async Task<LogErrorSummary> SummarizeAsync(int hours, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, MinHours);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, MaxHours);
        var since = timeProvider.GetUtcNow().UtcDateTime.AddHours(-hours);
        var errors = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var warnings = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var unreadable = 0;
        var truncated = false;
        var budget = MaxBytes;

        foreach (var file in RecentFiles(since))
        {
            if (budget <= 0)
            {
                truncated = true;
                break;
            }

            try
            {
                await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var skipPartialLine = false;
                if (stream.Length > budget)
                {
                    // Only the newest part of this file fits: start mid-file and drop the partial first line.
                    stream.Seek(stream.Length - budget, SeekOrigin.Begin);
                    skipPartialLine = true;
                    truncated = true;
                }

                budget -= stream.Length - stream.Position;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                if (skipPartialLine)
                {
                    await reader.ReadLineAsync(cancellationToken);
                }

                while (await reader.ReadLineAsync(cancellationToken) is { } line)
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    if (!TryRead(line, out var logEvent))
                    {
                        unreadable++;
                        continue;
                    }

                    if (logEvent.At < since)
                    {
                        continue;
                    }

                    var target = logEvent.Level switch
                    {
                        "Error" or "Fatal" => errors,
                        "Warning" => warnings,
                        _ => null,
                    };
                    if (target is not null)
                    {
                        var group = target.TryGetValue(logEvent.Template, out var existing) ? existing : target[logEvent.Template] = new Accumulator();
                        group.Add(logEvent);
                    }
                }
            }
            catch (IOException)
            {
                // A file deleted by retention or locked exclusively between listing and reading: the others still count.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return new LogErrorSummary(since, hours, errors.Values.Sum(g => g.Count), warnings.Values.Sum(g => g.Count),
            Groups(errors), Groups(warnings), unreadable, truncated);
    }

    private IEnumerable<FileInfo> RecentFiles(DateTime since)
    {
        var directory = new DirectoryInfo(paths.Logs);
        return directory.Exists
            ? directory.EnumerateFiles(LogFiles.SearchPattern).Where(f => f.LastWriteTimeUtc >= since).OrderByDescending(f => f.LastWriteTimeUtc).ToList()
            : [];
    }

    private static List<LogEventGroup> Groups(Dictionary<string, Accumulator> groups) =>
    [
        .. groups.Select(pair => pair.Value.ToGroup(pair.Key))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen)
            .Take(MaxGroups),
    ];

    private static bool TryRead(string line, out LogEvent logEvent)
    {
        logEvent = default;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("@t", out var t) || t.ValueKind != JsonValueKind.String
                || !DateTime.TryParse(t.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
            {
                return false;
            }

            var level = root.TryGetProperty("@l", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "Information";
            var template = root.TryGetProperty("@mt", out var mt) && mt.ValueKind == JsonValueKind.String ? mt.GetString()!
                : root.TryGetProperty("@m", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "";
            var message = MessageTemplate.Render(template, root);
            if (root.TryGetProperty("@x", out var x) && x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } exception)
            {
                message += " — " + exception.Split('\n', 2)[0].TrimEnd('\r');
            }

            var source = root.TryGetProperty("SourceContext", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            logEvent = new LogEvent(at, level, template, message, source);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private readonly record struct LogEvent(DateTime At, string Level, string Template, string Message, string? Source);

    private sealed class Accumulator
    {
        private LogEvent _last;

        public int Count { get; private set; }

        public void Add(LogEvent logEvent)
        {
            Count++;
            if (Count == 1 || logEvent.At >= _last.At)
            {
                _last = logEvent;
            }
        }

        public LogEventGroup ToGroup(string template) =>
            new(_last.Level == "Fatal" ? "Critical" : _last.Level, template, Count, _last.At, _last.Message, _last.Source);
    }
}
