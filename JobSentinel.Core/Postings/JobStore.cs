using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using JobSentinel.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Postings;

/// <summary>
/// Writes a run's postings in bulk: prepared statements in one write transaction (change tracking
/// would be orders of magnitude slower). Re-sightings bump counters; new content is stored and
/// indexed for search; postings a source stopped listing for N runs are closed.
/// </summary>
public sealed class JobStore(IDbContextFactory<JobSentinelDbContext> contextFactory, WalCheckpointer checkpointer)
{
    // Text columns hold dates the way EF Core writes them, so both can compare them as strings.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    // Search indexes the first part of long descriptions: the head of a posting carries its keywords.
    private const int MaxIndexedBodyLength = 20_000;

    // A run's write transaction touches the Jobs, descriptions and search-index B-trees all over: with SQLite's
    // default 2 MB page cache, pages spill and are read back (100,000 new postings: 191 µs each instead of 118 µs).
    // The ingest connection gets 64 MB for the run and goes back to the default afterwards (the pages are freed).
    // Its commit does not checkpoint: the checkpointer copies the run's pages into the database file afterwards.
    private const string IngestPragmas = "PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 0;";
    private const string DefaultPragmas = "PRAGMA cache_size = -2000; " + SqlitePragmaInterceptor.AutoCheckpoint;

    public static string FormatDate(DateTime value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>External id → content hash of every posting the source has listed (to skip unchanged content).</summary>
    public async Task<Dictionary<string, long>> LoadContentHashesAsync(int sourceId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.JobSightings.AsNoTracking()
            .Where(s => s.SourceId == sourceId)
            .ToDictionaryAsync(s => s.ExternalId, s => s.ContentHash, StringComparer.Ordinal, cancellationToken);
    }

    /// <param name="closeAfterMissedRuns">Missed runs that close a posting; null when the batch is not a whole listing (manual entries).</param>
    public Task<IngestResult> IngestAsync(
        int sourceId, IReadOnlyList<NormalizedPosting> postings, DateTime now, int? closeAfterMissedRuns, CancellationToken cancellationToken) =>
        IngestAsync(sourceId, OneBatch(postings), now, closeAfterMissedRuns, cancellationToken);

    /// <summary>
    /// Stores postings as they arrive in batches, so that normalising the next batch overlaps with
    /// writing this one; everything is one transaction.
    /// </summary>
    public async Task<IngestResult> IngestAsync(
        int sourceId, IAsyncEnumerable<NormalizedPosting[]> batches, DateTime now, int? closeAfterMissedRuns, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(cancellationToken); // through EF, so the connection pragmas apply
        await SetPragmasAsync(connection, IngestPragmas, cancellationToken);
        try
        {
            var result = await IngestInTransactionAsync(connection, sourceId, batches, now, closeAfterMissedRuns, cancellationToken);
            checkpointer.Request(); // a transaction that rolled back left nothing to copy
            return result;
        }
        finally
        {
            await SetPragmasAsync(connection, DefaultPragmas, CancellationToken.None);
        }
    }

    private static async Task SetPragmasAsync(SqliteConnection connection, string pragmas, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IngestResult> IngestInTransactionAsync(
        SqliteConnection connection, int sourceId, IAsyncEnumerable<NormalizedPosting[]> batches, DateTime now, int? closeAfterMissedRuns,
        CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var statements = new Statements(connection, transaction);
        var nowText = FormatDate(now);

        var sightings = await LoadSightingsAsync(connection, transaction, sourceId, cancellationToken);
        var jobsByKey = new Dictionary<string, long>(StringComparer.Ordinal);
        var touched = new HashSet<long>();
        List<long> created = [];
        List<long> changedJobs = [];
        List<long> seenSightings = [];
        List<long> seenJobs = [];
        var updated = 0;
        var found = 0;

        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            foreach (var posting in batch)
            {
                found++;
                if (sightings.TryGetValue(posting.ExternalId, out var sighting))
                {
                    var changed = !posting.ContentUnchanged && posting.ContentHash != sighting.ContentHash;
                    if (changed)
                    {
                        statements.UpdateSighting(sighting.Id, posting, nowText);
                    }
                    else
                    {
                        seenSightings.Add(sighting.Id); // bumped all at once below
                    }

                    if (!touched.Add(sighting.JobId))
                    {
                        continue; // the job was already counted in this run (listed twice, or under two ids)
                    }

                    if (changed)
                    {
                        statements.UpdateJobContent(sighting.JobId, posting, nowText);
                        changedJobs.Add(sighting.JobId);
                        updated++;
                    }
                    else
                    {
                        seenJobs.Add(sighting.JobId);
                    }

                    continue;
                }

                if (posting.ContentUnchanged)
                {
                    continue; // cannot happen: unchanged content implies a known sighting
                }

                // Try the insert first: new postings are the common case, and a conflict on the de-duplication
                // key means the same role is known already (from another board, or listed twice here).
                var inserted = jobsByKey.ContainsKey(posting.DedupKey) ? null : statements.TryInsertJob(sourceId, posting, nowText);
                var jobId = inserted ?? (jobsByKey.TryGetValue(posting.DedupKey, out var known) ? known : statements.FindJob(posting.DedupKey)!.Value);
                statements.InsertSighting(jobId, sourceId, posting, nowText);
                if (inserted is not null)
                {
                    created.Add(jobId);
                    touched.Add(jobId);
                }
                else
                {
                    if (touched.Add(jobId))
                    {
                        statements.UpdateJobContent(jobId, posting, nowText);
                        changedJobs.Add(jobId);
                    }

                    updated++;
                }

                jobsByKey[posting.DedupKey] = jobId;

                // A second listing with the same id in this payload is then skipped as already touched.
                sightings[posting.ExternalId] = new KnownSighting(0, jobId, posting.ContentHash);
            }
        }

        statements.TouchAll(seenSightings, seenJobs, nowText);
        var closed = closeAfterMissedRuns is { } limit ? statements.CloseMissing(sourceId, nowText, limit) : 0;
        await transaction.CommitAsync(cancellationToken);
        return new IngestResult(found, created.Count, updated, closed, created, changedJobs);
    }

    private static async IAsyncEnumerable<NormalizedPosting[]> OneBatch(IReadOnlyList<NormalizedPosting> postings)
    {
        await Task.CompletedTask;
        yield return [.. postings];
    }

    private static async Task<Dictionary<string, KnownSighting>> LoadSightingsAsync(
        SqliteConnection connection, SqliteTransaction transaction, int sourceId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT ExternalId, Id, JobId, ContentHash FROM JobSightings WHERE SourceId = $source";
        command.Parameters.AddWithValue("$source", sourceId);
        var result = new Dictionary<string, KnownSighting>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new KnownSighting(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }

        return result;
    }

    private readonly record struct KnownSighting(long Id, long JobId, long ContentHash);

    /// <summary>The prepared statements of one ingest, created once and re-executed per posting.</summary>
    private sealed class Statements(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
    {
        private const string JobColumns =
            "Title, Company, Location, LocationsJson, Workplace, SalaryMin, SalaryMax, SalaryCurrency, SalaryPeriod, SalaryAnnualUsd, " +
            "EmploymentType, Department, PostedAt, BoardUpdatedAt, Url, ApplyUrl, TagsJson";

        private const string JobValues =
            "$title, $company, $location, $locations, $workplace, $salaryMin, $salaryMax, $currency, $period, $annual, " +
            "$employment, $department, $posted, $boardUpdated, $url, $apply, $tags";

        private readonly BulkStatement _findJob = new(connection, "SELECT Id FROM Jobs WHERE DedupKey = $key");

        // No RETURNING clause: the id is the connection's last insert rowid.
        private readonly BulkStatement _insertJob = new(connection,
            $"INSERT INTO Jobs (DedupKey, {JobColumns}, SortDate, PrimarySourceId, FirstSeenAt, LastSeenAt, TimesSeen, Status, Starred, Hidden, Feedback) " +
            $"VALUES ($key, {JobValues}, coalesce($posted, $now), $source, $now, $now, 1, 'Open', 0, 0, 'None') " +
            "ON CONFLICT (DedupKey) DO NOTHING");

        private readonly BulkStatement _updateJob = new(connection,
            "UPDATE Jobs SET Title = $title, Company = $company, Location = $location, LocationsJson = $locations, Workplace = $workplace, " +
            "SalaryMin = $salaryMin, SalaryMax = $salaryMax, SalaryCurrency = $currency, SalaryPeriod = $period, SalaryAnnualUsd = $annual, " +
            "EmploymentType = $employment, Department = $department, PostedAt = coalesce($posted, PostedAt), " +
            "SortDate = coalesce($posted, PostedAt, FirstSeenAt), BoardUpdatedAt = $boardUpdated, " +
            "Url = $url, ApplyUrl = $apply, TagsJson = $tags, " +
            "LastSeenAt = $now, TimesSeen = TimesSeen + 1, Status = CASE WHEN Status IN ('Closed', 'Archived') THEN 'Open' ELSE Status END, ClosedAt = NULL WHERE Id = $id");


        private readonly BulkStatement _saveDescription = new(connection,
            "INSERT INTO JobDescriptions (JobId, Html, Text) VALUES ($id, $html, $text) " +
            "ON CONFLICT (JobId) DO UPDATE SET Html = excluded.Html, Text = excluded.Text");

        private readonly BulkStatement _deleteIndex = new(connection, "DELETE FROM JobsFts WHERE rowid = $id");

        private readonly BulkStatement _insertIndex = new(connection,
            "INSERT INTO JobsFts (rowid, Title, Company, Body) VALUES ($id, $title, $company, $body)");

        private readonly BulkStatement _insertSighting = new(connection,
            "INSERT INTO JobSightings (JobId, SourceId, ExternalId, Url, ContentHash, FirstSeenAt, LastSeenAt, TimesSeen, MissedRuns, Open) " +
            "VALUES ($job, $source, $external, $url, $hash, $now, $now, 1, 0, 1)");

        private readonly BulkStatement _updateSighting = new(connection,
            "UPDATE JobSightings SET Url = coalesce($url, Url), ContentHash = $hash, LastSeenAt = $now, TimesSeen = TimesSeen + 1, " +
            "MissedRuns = 0, Open = 1, ClosedAt = NULL WHERE Id = $id");

        public long? FindJob(string dedupKey)
        {
            _findJob.Set("$key", dedupKey);
            return _findJob.QueryInt64();
        }

        /// <summary>The new posting's id, or null when a posting with its de-duplication key exists.</summary>
        public long? TryInsertJob(int sourceId, NormalizedPosting posting, string now)
        {
            _insertJob.Set("$key", posting.DedupKey);
            SetContent(_insertJob, posting);
            _insertJob.Set("$source", sourceId);
            _insertJob.Set("$now", now);
            if (_insertJob.Execute() == 0)
            {
                return null;
            }

            var id = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle);
            StoreText(id, posting);
            return id;
        }

        public void UpdateJobContent(long id, NormalizedPosting posting, string now)
        {
            SetContent(_updateJob, posting);
            _updateJob.Set("$now", now);
            _updateJob.Set("$id", id);
            _updateJob.Execute();
            _deleteIndex.Set("$id", id);
            _deleteIndex.Execute();
            StoreText(id, posting);
        }

        /// <summary>Re-sightings with unchanged content: two set-based updates instead of two statements per posting.</summary>
        public void TouchAll(List<long> sightingIds, List<long> jobIds, string now)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$sightings", JsonSerializer.Serialize(sightingIds));
            command.Parameters.AddWithValue("$jobs", JsonSerializer.Serialize(jobIds));
            // Status is indexed: it is only written where it changes, which is rarely.
            command.CommandText =
                "UPDATE JobSightings SET LastSeenAt = $now, TimesSeen = TimesSeen + 1 WHERE Id IN (SELECT value FROM json_each($sightings)); " +
                "UPDATE JobSightings SET MissedRuns = 0, Open = 1, ClosedAt = NULL " +
                "WHERE Id IN (SELECT value FROM json_each($sightings)) AND (MissedRuns > 0 OR Open = 0); " +
                "UPDATE Jobs SET LastSeenAt = $now, TimesSeen = TimesSeen + 1 WHERE Id IN (SELECT value FROM json_each($jobs)); " +
                "UPDATE Jobs SET Status = 'Open', ClosedAt = NULL WHERE Id IN (SELECT value FROM json_each($jobs)) AND Status IN ('Closed', 'Archived');";
            command.ExecuteNonQuery();
        }

        public void InsertSighting(long jobId, int sourceId, NormalizedPosting posting, string now)
        {
            _insertSighting.Set("$job", jobId);
            _insertSighting.Set("$source", sourceId);
            _insertSighting.Set("$external", posting.ExternalId);
            _insertSighting.Set("$url", posting.Url);
            _insertSighting.Set("$hash", posting.ContentHash);
            _insertSighting.Set("$now", now);
            _insertSighting.Execute();
        }

        public void UpdateSighting(long id, NormalizedPosting posting, string now)
        {
            _updateSighting.Set("$url", posting.Url);
            _updateSighting.Set("$hash", posting.ContentHash);
            _updateSighting.Set("$now", now);
            _updateSighting.Set("$id", id);
            _updateSighting.Execute();
        }

        /// <summary>Counts a missed run for every sighting this run did not list and closes what was missed too often.</summary>
        public int CloseMissing(int sourceId, string now, int closeAfterMissedRuns)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$source", sourceId);
            command.Parameters.AddWithValue("$now", now);
            command.Parameters.AddWithValue("$limit", closeAfterMissedRuns);
            command.CommandText =
                "UPDATE JobSightings SET MissedRuns = MissedRuns + 1 WHERE SourceId = $source AND Open = 1 AND LastSeenAt < $now; " +
                "UPDATE JobSightings SET Open = 0, ClosedAt = $now WHERE SourceId = $source AND Open = 1 AND MissedRuns >= $limit;";
            command.ExecuteNonQuery();
            command.CommandText =
                "UPDATE Jobs SET Status = 'Closed', ClosedAt = $now WHERE Status = 'Open' " +
                "AND Id IN (SELECT JobId FROM JobSightings WHERE SourceId = $source AND ClosedAt = $now) " +
                "AND NOT EXISTS (SELECT 1 FROM JobSightings s WHERE s.JobId = Jobs.Id AND s.Open = 1)";
            return command.ExecuteNonQuery();
        }

        public void Dispose()
        {
            foreach (var command in new[] { _findJob, _insertJob, _updateJob, _saveDescription, _deleteIndex, _insertIndex, _insertSighting, _updateSighting })
            {
                command.Dispose();
            }
        }

        private void StoreText(long id, NormalizedPosting posting)
        {
            _saveDescription.Set("$id", id);
            _saveDescription.Set("$html", posting.DescriptionHtml);
            _saveDescription.Set("$text", posting.DescriptionText);
            _saveDescription.Execute();

            _insertIndex.Set("$id", id);
            _insertIndex.Set("$title", posting.Title);
            _insertIndex.Set("$company", posting.Company);
            var body = posting.DescriptionText ?? "";
            _insertIndex.Set("$body", body.Length > MaxIndexedBodyLength ? body[..MaxIndexedBodyLength] : body);
            _insertIndex.Execute();
        }

        private static void SetContent(BulkStatement command, NormalizedPosting posting)
        {
            command.Set("$title", posting.Title);
            command.Set("$company", posting.Company);
            command.Set("$location", posting.Location);
            command.Set("$locations", JsonSerializer.Serialize(posting.Locations));
            command.Set("$workplace", posting.Workplace.ToString());
            command.Set("$salaryMin", posting.SalaryMin);
            command.Set("$salaryMax", posting.SalaryMax);
            command.Set("$currency", posting.SalaryCurrency);
            command.Set("$period", posting.SalaryPeriod?.ToString());
            command.Set("$annual", posting.SalaryAnnualUsd);
            command.Set("$employment", posting.EmploymentType);
            command.Set("$department", posting.Department);
            command.Set("$posted", posting.PostedAt is { } posted ? FormatDate(posted) : null);
            command.Set("$boardUpdated", posting.BoardUpdatedAt is { } updated ? FormatDate(updated) : null);
            command.Set("$url", posting.Url);
            command.Set("$apply", posting.ApplyUrl);
            command.Set("$tags", JsonSerializer.Serialize(posting.Tags));
        }
    }
}
