using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobSentinel.Core.Applications;

/// <summary>Reads and appends the <see cref="TrackedApplication.HistoryJson"/> list (<c>[{"status":"applied","at":"..."}]</c>).</summary>
public static class ApplicationHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static IReadOnlyList<ApplicationHistoryEntry> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ApplicationHistoryEntry>>(json, Json) is { } entries
                ? [.. entries.Select(e => e with { At = Data.UtcDateTimeConverter.ToUtc(e.At) })]
                : [];
        }
        catch (JsonException)
        {
            return []; // a hand-edited or damaged history never breaks the board
        }
    }

    public static string Write(IEnumerable<ApplicationHistoryEntry> entries) => JsonSerializer.Serialize(entries, Json);

    public static string Append(string? json, ApplicationStatus status, DateTime at) => Write([.. Read(json), new(status, at)]);
}
