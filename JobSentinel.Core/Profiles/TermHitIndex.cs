using JobSentinel.Core.Matching;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.Profiles;

/// <summary>
/// Which postings hold each profile term, read from the FTS5 search index in one query per term
/// and column (whole terms, synonyms included) rather than by reading every description.
/// </summary>
public sealed class TermHitIndex
{
    private readonly Dictionary<string, HashSet<long>> _title = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<long>> _text = new(StringComparer.OrdinalIgnoreCase);

    private TermHitIndex()
    {
    }

    /// <summary>Loads the hits of every term the profiles use, for all postings or only <paramref name="jobIds"/>.</summary>
    public static async Task<TermHitIndex> LoadAsync(
        SqliteConnection connection, IEnumerable<MatchProfile> profiles, IReadOnlyCollection<long>? jobIds, CancellationToken cancellationToken)
    {
        var index = new TermHitIndex();
        var idsJson = jobIds is null ? null : System.Text.Json.JsonSerializer.Serialize(jobIds);
        foreach (var profile in profiles)
        {
            foreach (var term in profile.TitleAllowlist.Concat(profile.TitleBlocklist))
            {
                await LoadAsync(connection, index._title, term, "Title", idsJson, cancellationToken);
            }

            foreach (var term in profile.KeywordsBoost.Concat(profile.KeywordsExclude))
            {
                await LoadAsync(connection, index._text, term, null, idsJson, cancellationToken);
            }
        }

        return index;
    }

    /// <summary>The hits of one posting.</summary>
    public ITermHits For(long jobId) => new Hits(this, jobId);

    private static async Task LoadAsync(
        SqliteConnection connection, Dictionary<string, HashSet<long>> sets, string term, string? column, string? idsJson, CancellationToken cancellationToken)
    {
        if (sets.ContainsKey(term))
        {
            return;
        }

        var hits = new HashSet<long>();
        sets[term] = hits;
        if (FtsTermQuery.Build(term, column) is not { } match)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = idsJson is null
            ? "SELECT rowid FROM JobsFts WHERE JobsFts MATCH $match"
            : "SELECT rowid FROM JobsFts WHERE JobsFts MATCH $match AND rowid IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$match", match);
        if (idsJson is not null)
        {
            command.Parameters.AddWithValue("$ids", idsJson);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(reader.GetInt64(0));
        }
    }

    private sealed class Hits(TermHitIndex index, long jobId) : ITermHits
    {
        public bool InTitle(string term) => index._title.TryGetValue(term, out var set) && set.Contains(jobId);

        public bool InText(string term) => index._text.TryGetValue(term, out var set) && set.Contains(jobId);
    }
}
