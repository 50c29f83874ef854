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
public sealed class JobStore(IDbContextFactory<JobSentinelDbContext> contextFactory)
{
    // Text columns hold dates the way EF Core writes them, so both can compare them as strings.
    private const string DateFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    // Search indexes the first part of long descriptions: the head of a posting carries its keywords.
    private const int MaxIndexedBodyLength = 20_000;

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
    public async Task<IngestResult> IngestAsync(
        int sourceId, IReadOnlyList<NormalizedPosting> postings, DateTime now, int? closeAfterMissedRuns, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var statements = new Statements(connection, transaction);
        var nowText = FormatDate(now);

        var sightings = await LoadSightingsAsync(connection, transaction, sourceId, cancellationToken);
        var jobsByKey = new Dictionary<string, long>(StringComparer.Ordinal);
        var touched = new HashSet<long>();
        List<long> created = [];
        var updated = 0;

        foreach (var posting in postings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sightings.TryGetValue(posting.ExternalId, out var sighting))
            {
                statements.UpdateSighting(sighting.Id, posting, nowText);
                if (!touched.Add(sighting.JobId))
                {
                    continue; // the job was already counted in this run (listed twice, or under two ids)
                }

                if (!posting.ContentUnchanged && posting.ContentHash != sighting.ContentHash)
                {
                    statements.UpdateJobContent(sighting.JobId, posting, nowText);
                    updated++;
                }
                else
                {
                    statements.TouchJob(sighting.JobId, nowText);
                }

                continue;
            }

            if (posting.ContentUnchanged)
            {
                continue; // cannot happen: unchanged content implies a known sighting
            }

            long jobId;
            if ((jobsByKey.TryGetValue(posting.DedupKey, out var known) ? known : statements.FindJob(posting.DedupKey)) is { } existing)
            {
                // The same role seen on another board (or listed twice here): one posting, one more source.
                jobId = existing;
                statements.InsertSighting(jobId, sourceId, posting, nowText);
                if (touched.Add(jobId))
                {
                    statements.UpdateJobContent(jobId, posting, nowText);
                }

                updated++;
            }
            else
            {
                jobId = statements.InsertJob(sourceId, posting, nowText);
                statements.InsertSighting(jobId, sourceId, posting, nowText);
                touched.Add(jobId);
                created.Add(jobId);
            }

            jobsByKey[posting.DedupKey] = jobId;

            // A second listing with the same id in this payload is then skipped as already touched.
            sightings[posting.ExternalId] = new KnownSighting(0, jobId, posting.ContentHash);
        }

        var closed = closeAfterMissedRuns is { } limit ? statements.CloseMissing(sourceId, nowText, limit) : 0;
        await transaction.CommitAsync(cancellationToken);
        return new IngestResult(postings.Count, created.Count, updated, closed, created);
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
            "EmploymentType, Department, PostedAt, BoardUpdatedAt, Url, ApplyUrl, DescriptionHtml, DescriptionText, TagsJson";

        private const string JobValues =
            "$title, $company, $location, $locations, $workplace, $salaryMin, $salaryMax, $currency, $period, $annual, " +
            "$employment, $department, $posted, $boardUpdated, $url, $apply, $html, $text, $tags";

        private readonly SqliteCommand _findJob = Prepare(connection, transaction, "SELECT Id FROM Jobs WHERE DedupKey = $key");

        private readonly SqliteCommand _insertJob = Prepare(connection, transaction,
            $"INSERT INTO Jobs (DedupKey, {JobColumns}, PrimarySourceId, FirstSeenAt, LastSeenAt, TimesSeen, Status, Starred, Hidden, Feedback, ScoreReasonsJson) " +
            $"VALUES ($key, {JobValues}, $source, $now, $now, 1, 'Open', 0, 0, 'None', '[]') RETURNING Id");

        private readonly SqliteCommand _updateJob = Prepare(connection, transaction,
            "UPDATE Jobs SET Title = $title, Company = $company, Location = $location, LocationsJson = $locations, Workplace = $workplace, " +
            "SalaryMin = $salaryMin, SalaryMax = $salaryMax, SalaryCurrency = $currency, SalaryPeriod = $period, SalaryAnnualUsd = $annual, " +
            "EmploymentType = $employment, Department = $department, PostedAt = coalesce($posted, PostedAt), BoardUpdatedAt = $boardUpdated, " +
            "Url = $url, ApplyUrl = $apply, DescriptionHtml = $html, DescriptionText = $text, TagsJson = $tags, " +
            "LastSeenAt = $now, TimesSeen = TimesSeen + 1, Status = 'Open', ClosedAt = NULL WHERE Id = $id");

        private readonly SqliteCommand _touchJob = Prepare(connection, transaction,
            "UPDATE Jobs SET LastSeenAt = $now, TimesSeen = TimesSeen + 1, Status = 'Open', ClosedAt = NULL WHERE Id = $id");

        private readonly SqliteCommand _deleteIndex = Prepare(connection, transaction, "DELETE FROM JobsFts WHERE rowid = $id");

        private readonly SqliteCommand _insertIndex = Prepare(connection, transaction,
            "INSERT INTO JobsFts (rowid, Title, Company, Body) VALUES ($id, $title, $company, $body)");

        private readonly SqliteCommand _insertSighting = Prepare(connection, transaction,
            "INSERT INTO JobSightings (JobId, SourceId, ExternalId, Url, ContentHash, FirstSeenAt, LastSeenAt, TimesSeen, MissedRuns, Open) " +
            "VALUES ($job, $source, $external, $url, $hash, $now, $now, 1, 0, 1)");

        private readonly SqliteCommand _updateSighting = Prepare(connection, transaction,
            "UPDATE JobSightings SET Url = coalesce($url, Url), ContentHash = $hash, LastSeenAt = $now, TimesSeen = TimesSeen + 1, " +
            "MissedRuns = 0, Open = 1, ClosedAt = NULL WHERE Id = $id");

        public long? FindJob(string dedupKey)
        {
            Set(_findJob, "$key", dedupKey);
            return _findJob.ExecuteScalar() is long id ? id : null;
        }

        public long InsertJob(int sourceId, NormalizedPosting posting, string now)
        {
            Set(_insertJob, "$key", posting.DedupKey);
            SetContent(_insertJob, posting);
            Set(_insertJob, "$source", sourceId);
            Set(_insertJob, "$now", now);
            var id = (long)_insertJob.ExecuteScalar()!;
            Index(id, posting);
            return id;
        }

        public void UpdateJobContent(long id, NormalizedPosting posting, string now)
        {
            SetContent(_updateJob, posting);
            Set(_updateJob, "$now", now);
            Set(_updateJob, "$id", id);
            _updateJob.ExecuteNonQuery();
            Set(_deleteIndex, "$id", id);
            _deleteIndex.ExecuteNonQuery();
            Index(id, posting);
        }

        public void TouchJob(long id, string now)
        {
            Set(_touchJob, "$now", now);
            Set(_touchJob, "$id", id);
            _touchJob.ExecuteNonQuery();
        }

        public void InsertSighting(long jobId, int sourceId, NormalizedPosting posting, string now)
        {
            Set(_insertSighting, "$job", jobId);
            Set(_insertSighting, "$source", sourceId);
            Set(_insertSighting, "$external", posting.ExternalId);
            Set(_insertSighting, "$url", posting.Url);
            Set(_insertSighting, "$hash", posting.ContentHash);
            Set(_insertSighting, "$now", now);
            _insertSighting.ExecuteNonQuery();
        }

        public void UpdateSighting(long id, NormalizedPosting posting, string now)
        {
            Set(_updateSighting, "$url", posting.Url);
            Set(_updateSighting, "$hash", posting.ContentHash);
            Set(_updateSighting, "$now", now);
            Set(_updateSighting, "$id", id);
            _updateSighting.ExecuteNonQuery();
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
            foreach (var command in new[] { _findJob, _insertJob, _updateJob, _touchJob, _deleteIndex, _insertIndex, _insertSighting, _updateSighting })
            {
                command.Dispose();
            }
        }

        private void Index(long id, NormalizedPosting posting)
        {
            Set(_insertIndex, "$id", id);
            Set(_insertIndex, "$title", posting.Title);
            Set(_insertIndex, "$company", posting.Company);
            var body = posting.DescriptionText ?? "";
            Set(_insertIndex, "$body", body.Length > MaxIndexedBodyLength ? body[..MaxIndexedBodyLength] : body);
            _insertIndex.ExecuteNonQuery();
        }

        private static void SetContent(SqliteCommand command, NormalizedPosting posting)
        {
            Set(command, "$title", posting.Title);
            Set(command, "$company", posting.Company);
            Set(command, "$location", posting.Location);
            Set(command, "$locations", JsonSerializer.Serialize(posting.Locations));
            Set(command, "$workplace", posting.Workplace.ToString());
            Set(command, "$salaryMin", posting.SalaryMin);
            Set(command, "$salaryMax", posting.SalaryMax);
            Set(command, "$currency", posting.SalaryCurrency);
            Set(command, "$period", posting.SalaryPeriod?.ToString());
            Set(command, "$annual", posting.SalaryAnnualUsd);
            Set(command, "$employment", posting.EmploymentType);
            Set(command, "$department", posting.Department);
            Set(command, "$posted", posting.PostedAt is { } posted ? FormatDate(posted) : null);
            Set(command, "$boardUpdated", posting.BoardUpdatedAt is { } updated ? FormatDate(updated) : null);
            Set(command, "$url", posting.Url);
            Set(command, "$apply", posting.ApplyUrl);
            Set(command, "$html", posting.DescriptionHtml);
            Set(command, "$text", posting.DescriptionText);
            Set(command, "$tags", JsonSerializer.Serialize(posting.Tags));
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }

        private static void Set(SqliteCommand command, string name, object? value)
        {
            var parameters = command.Parameters;
            var index = parameters.IndexOf(name);
            DbParameter parameter = index >= 0 ? parameters[index] : parameters.Add(new SqliteParameter(name, null));
            parameter.Value = value ?? DBNull.Value;
        }
    }
}
