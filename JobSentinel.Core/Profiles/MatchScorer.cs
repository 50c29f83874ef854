using System.Globalization;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Postings.Normalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Profiles;

/// <summary>One posting's score for one profile.</summary>
public sealed record ProfileMatch(int ProfileId, string ProfileName, MatchResult Result);

/// <summary>A posting's scores for every profile, best first.</summary>
public sealed record JobScores(long JobId, IReadOnlyList<ProfileMatch> Matches)
{
    public ProfileMatch? Best => Matches.Count == 0 ? null : Matches[0];
}

/// <summary>
/// Scores stored postings against every profile (<see cref="JobScorer"/>) and keeps each posting's
/// best score in <c>JobMatches</c>: all postings after a profile changes, new ones at ingest, and
/// the few on screen when their reasons are shown.
/// </summary>
public sealed class MatchScorer(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    /// <summary>How long the features stay held strongly after a rescoring: someone editing a profile saves it several times.</summary>
    public static readonly TimeSpan HoldFeaturesFor = TimeSpan.FromMinutes(5);

    private readonly WeakReference<KeptFeatures> _features = new(null!);
    private readonly Lock _holdLock = new();
    private KeptFeatures? _held; // never read: holding it is what keeps the weakly referenced features alive
    private ITimer? _release;
    private int _generation;

    private const string FeatureColumns =
        "Id, Title, Company, Location, LocationsJson, Workplace, SalaryMax, SalaryCurrency, SalaryPeriod, SalaryAnnualUsd, SortDate";

    /// <summary>Rescores every stored posting; returns how many were scored.</summary>
    public async Task<int> RescoreAllAsync(IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = await OpenAsync(context, cancellationToken);
        var profiles = await LoadProfilesAsync(context, cancellationToken);

        var loadingHits = OnOwnConnectionAsync(hitsConnection => TermHitIndex.LoadAsync(hitsConnection, profiles, null, cancellationToken), cancellationToken);
        var features = await AllFeaturesAsync(connection, NamesPlaces(profiles), cancellationToken);
        progress?.Report((0, features.Count));
        var hits = await loadingHits;
        var now = timeProvider.GetUtcNow().UtcDateTime;

        // Scoring is pure and the hit sets are only read: every core takes a share.
        var best = new ProfileMatch?[features.Count];
        Parallel.For(0, features.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => best[i] = BestOf(profiles, features[i], hits, now));

        // One statement stores them all (SQLite reads the rows from JSON), far cheaper than 100,000 inserts.
        var rows = new StringBuilder(features.Count * 24).Append('[');
        for (var i = 0; i < features.Count; i++)
        {
            if (best[i] is { } match)
            {
                rows.Append(rows.Length > 1 ? ",[" : "[").Append(features[i].Id).Append(',')
                    .Append(match.Result.Score.ToString(CultureInfo.InvariantCulture)).Append(',').Append(match.ProfileId).Append(']');
            }
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var replace = connection.CreateCommand())
        {
            replace.Transaction = transaction;
            replace.CommandText = """
                DELETE FROM JobMatches;
                INSERT INTO JobMatches (JobId, Score, ProfileId) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each($rows);
                """;
            replace.Parameters.AddWithValue("$rows", rows.Append(']').ToString());
            await replace.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        progress?.Report((features.Count, features.Count));
        return features.Count;
    }

    /// <summary>Scores the given postings against every profile and stores their best scores.</summary>
    public async Task<IReadOnlyList<JobScores>> ScoreAsync(IReadOnlyCollection<long> jobIds, CancellationToken cancellationToken)
    {
        if (jobIds.Count == 0)
        {
            return [];
        }

        // New or changed postings: the features kept for rescoring are out of date.
        Interlocked.Increment(ref _generation);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = await OpenAsync(context, cancellationToken);
        var profiles = await LoadProfilesAsync(context, cancellationToken);
        var scores = await ScoreAsync(connection, profiles, jobIds, cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = InsertCommand(connection, transaction);
        foreach (var score in scores.Where(s => s.Best is not null))
        {
            Save(insert, score.JobId, score.Best!);
        }

        await transaction.CommitAsync(cancellationToken);
        return scores;
    }

    /// <summary>Scores without storing: the reasons behind the scores of postings on screen.</summary>
    public async Task<IReadOnlyDictionary<long, JobScores>> ExplainAsync(IReadOnlyCollection<long> jobIds, CancellationToken cancellationToken)
    {
        if (jobIds.Count == 0)
        {
            return new Dictionary<long, JobScores>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = await OpenAsync(context, cancellationToken);
        var profiles = await LoadProfilesAsync(context, cancellationToken);
        return (await ScoreAsync(connection, profiles, jobIds, cancellationToken)).ToDictionary(s => s.JobId);
    }

    private async Task<IReadOnlyList<JobScores>> ScoreAsync(
        SqliteConnection connection, IReadOnlyList<MatchProfile> profiles, IReadOnlyCollection<long> jobIds, CancellationToken cancellationToken)
    {
        var features = await LoadFeaturesAsync(connection, jobIds, NamesPlaces(profiles), cancellationToken);
        var hits = await TermHitIndex.LoadAsync(connection, profiles, jobIds, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return [.. features.Select(posting => new JobScores(posting.Id, [.. profiles
            .Select(profile => new ProfileMatch(profile.Id, profile.Name, JobScorer.Score(profile, InCurrency(posting, profile.Currency), hits.For(posting.Id), now)))
            .OrderByDescending(m => m.Result.Score)]))];
    }

    private static ProfileMatch? BestOf(IReadOnlyList<MatchProfile> profiles, PostingFeatures posting, TermHitIndex hits, DateTime now)
    {
        ProfileMatch? best = null;
        foreach (var profile in profiles)
        {
            var result = JobScorer.Score(profile, InCurrency(posting, profile.Currency), hits.For(posting.Id), now, explain: false);
            if (best is null || result.Score > best.Result.Score)
            {
                best = new ProfileMatch(profile.Id, profile.Name, result);
            }
        }

        return best;
    }

    // Features are loaded with salaries in USD; each profile reads them in its own currency.
    private static PostingFeatures InCurrency(PostingFeatures posting, string currency) =>
        currency == "USD" || (posting.SalaryAnnualMid is null && posting.SalaryAnnualMax is null)
            ? posting
            : posting with { SalaryAnnualMid = Convert(posting.SalaryAnnualMid, currency), SalaryAnnualMax = Convert(posting.SalaryAnnualMax, currency) };

    private static double? Convert(double? usd, string currency) =>
        usd is { } amount ? (double?)CurrencyRates.Convert((decimal)amount, "USD", currency) : null;

    /// <summary>
    /// The features of every stored posting. Reading 100,000 postings is most of a rescoring, so they load in id
    /// ranges, one connection per core, and are kept (weakly: the GC may take them back) for the next rescoring as
    /// long as nothing changed them: new and changed postings are scored by <see cref="ScoreAsync(IReadOnlyCollection{long}, CancellationToken)"/>,
    /// which starts a new generation, and deletions show in the stamp.
    /// </summary>
    private async Task<IReadOnlyList<PostingFeatures>> AllFeaturesAsync(SqliteConnection connection, bool allLocations, CancellationToken cancellationToken)
    {
        var generation = Volatile.Read(ref _generation);
        var stamp = await StampAsync(connection, cancellationToken);
        if (_features.TryGetTarget(out var kept) && kept.Generation == generation && kept.Stamp == stamp && (kept.AllLocations || !allLocations))
        {
            Hold(kept);
            return kept.Items;
        }

        var ranges = await IdRangesAsync(connection, Math.Clamp(Environment.ProcessorCount, 1, 4), cancellationToken);
        var parts = await Task.WhenAll(ranges.Select(range =>
            OnOwnConnectionAsync(partConnection => LoadFeaturesAsync(partConnection, null, allLocations, cancellationToken, range), cancellationToken)));
        List<PostingFeatures> features = [.. parts.SelectMany(part => part)];
        var loaded = new KeptFeatures(generation, stamp, allLocations, features);
        _features.SetTarget(loaded);
        Hold(loaded);
        return features;
    }

    // Held strongly for HoldFeaturesFor after each use, then only weakly: a gen-2 collection takes weakly held
    // features back, and reading 100,000 postings again costs a third of a rescoring.
    private void Hold(KeptFeatures features)
    {
        lock (_holdLock)
        {
            _held = features;
            _release ??= timeProvider.CreateTimer(_ => Release(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _release.Change(HoldFeaturesFor, Timeout.InfiniteTimeSpan);
        }
    }

    private void Release()
    {
        lock (_holdLock)
        {
            _held = null;
        }
    }

    // Adding or deleting a posting changes the count or the highest id.
    private static async Task<string> StampAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) || ':' || coalesce(max(Id), 0) FROM Jobs";
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private sealed record KeptFeatures(int Generation, string Stamp, bool AllLocations, IReadOnlyList<PostingFeatures> Items);

    private Task<T> OnOwnConnectionAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await work(await OpenAsync(context, cancellationToken));
        }, cancellationToken);

    // Consecutive id ranges of about equal size that together cover every posting.
    private static async Task<IReadOnlyList<(long From, long To)>> IdRangesAsync(SqliteConnection connection, int count, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(min(Id), 0), coalesce(max(Id), 0) FROM Jobs";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (first, last) = (reader.GetInt64(0), reader.GetInt64(1));
        var size = Math.Max(1, (last - first + count) / count);
        return [.. Enumerable.Range(0, count).Select(i => (first + (i * size), i == count - 1 ? long.MaxValue : first + ((i + 1) * size) - 1))];
    }

    private static async Task<SqliteConnection> OpenAsync(JobSentinelDbContext context, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private async Task<IReadOnlyList<MatchProfile>> LoadProfilesAsync(JobSentinelDbContext context, CancellationToken cancellationToken)
    {
        await ProfileService.EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        return [.. (await context.Profiles.AsNoTracking().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Id).ToListAsync(cancellationToken))
            .Select(ProfileService.ToMatchProfile)];
    }

    private static bool NamesPlaces(IReadOnlyList<MatchProfile> profiles) =>
        profiles.Any(p => p.Cities.Count > 0 || p.States.Count > 0 || p.Countries.Count > 0);

    // Every location of a posting matters only to profiles that name places; otherwise the first one (Location) is enough.
    private static async Task<List<PostingFeatures>> LoadFeaturesAsync(
        SqliteConnection connection, IReadOnlyCollection<long>? jobIds, bool allLocations, CancellationToken cancellationToken, (long From, long To)? range = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = jobIds is not null ? $"SELECT {FeatureColumns} FROM Jobs WHERE Id IN (SELECT value FROM json_each($ids))"
            : range is not null ? $"SELECT {FeatureColumns} FROM Jobs WHERE Id BETWEEN $from AND $to"
            : $"SELECT {FeatureColumns} FROM Jobs";
        if (jobIds is not null)
        {
            command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(jobIds));
        }

        if (range is { } ids)
        {
            command.Parameters.AddWithValue("$from", ids.From);
            command.Parameters.AddWithValue("$to", ids.To);
        }

        List<PostingFeatures> features = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var mid = reader.IsDBNull(9) ? (double?)null : reader.GetDouble(9);
            var location = reader.IsDBNull(3) ? null : reader.GetString(3);
            features.Add(new PostingFeatures
            {
                Id = reader.GetInt64(0),
                Title = reader.GetString(1),
                Company = reader.GetString(2),
                Location = location,
                Locations = allLocations || location is null ? ReadLocations(reader.GetString(4), location) : [],
                Workplace = reader.GetString(5) switch
                {
                    nameof(WorkplaceType.Remote) => WorkplaceType.Remote,
                    nameof(WorkplaceType.Hybrid) => WorkplaceType.Hybrid,
                    nameof(WorkplaceType.Onsite) => WorkplaceType.Onsite,
                    _ => WorkplaceType.Unknown,
                },
                SalaryAnnualMid = mid,
                SalaryAnnualMax = AnnualMaxUsd(reader) ?? mid,
                PostedAt = JobSearch.ReadDate(reader, 10),
            });
        }

        return features;
    }

    // Most postings have one location, the first: no JSON parser needed for those.
    private static string[] ReadLocations(string json, string? first) =>
        json == "[]" ? []
        : first is not null && json.Length == first.Length + 4 && json.AsSpan(2, first.Length).SequenceEqual(first) && json.StartsWith("[\"", StringComparison.Ordinal) ? [first]
        : JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static double? AnnualMaxUsd(SqliteDataReader reader)
    {
        if (reader.IsDBNull(6) || reader.IsDBNull(7) || reader.IsDBNull(8)
            || !Enum.TryParse<SalaryPeriod>(reader.GetString(8), out var period))
        {
            return null;
        }

        var yearly = SalaryAnnualizer.Annualize((decimal)reader.GetDouble(6), period);
        return (double?)CurrencyRates.Convert(yearly, reader.GetString(7), "USD");
    }

    private static SqliteCommand InsertCommand(SqliteConnection connection, SqliteTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO JobMatches (JobId, Score, ProfileId) VALUES ($job, $score, $profile)";
        command.Parameters.Add("$job", SqliteType.Integer);
        command.Parameters.Add("$score", SqliteType.Real);
        command.Parameters.Add("$profile", SqliteType.Integer);
        command.Prepare();
        return command;
    }

    private static void Save(SqliteCommand insert, long jobId, ProfileMatch best)
    {
        insert.Parameters[0].Value = jobId;
        insert.Parameters[1].Value = best.Result.Score;
        insert.Parameters[2].Value = best.ProfileId;
        insert.ExecuteNonQuery();
    }
}
