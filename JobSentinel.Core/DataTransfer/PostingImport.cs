using System.Data.Common;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Imports postings with prepared statements inside the import's transaction (change tracking would be far too slow
/// at 100,000 postings). A new posting is stored with its description, search entry and one sighting of its source;
/// a known one (same de-duplication key) takes the document's triage state: starred, hidden, notes, feedback, status.
/// </summary>
internal sealed class PostingImport(JobSentinelDbContext context, SqliteTransaction transaction, Dictionary<string, int> sourceIds, DateTime now)
{
    private const int MaxIndexedBodyLength = 20_000;

    /// <summary>De-duplication key → id of every posting of the document, for the evaluations that follow.</summary>
    public Dictionary<string, long> JobIds { get; } = new(StringComparer.Ordinal);

    public async Task<ImportCounts> RunAsync(IReadOnlyList<ExportedPosting> postings, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        using var find = Command(connection, "SELECT Id FROM Jobs WHERE DedupKey = $key");
        using var insert = Command(connection,
            "INSERT INTO Jobs (DedupKey, Title, Company, Location, LocationsJson, Workplace, SalaryMin, SalaryMax, SalaryCurrency, SalaryPeriod, " +
            "SalaryAnnualUsd, EmploymentType, Department, PostedAt, SortDate, Url, ApplyUrl, TagsJson, PrimarySourceId, FirstSeenAt, LastSeenAt, " +
            "TimesSeen, Status, ClosedAt, Starred, Hidden, Notes, Feedback) VALUES ($key, $title, $company, $location, $locations, $workplace, " +
            "$salaryMin, $salaryMax, $currency, $period, $annual, $employment, $department, $posted, coalesce($posted, $firstSeen), $url, $apply, " +
            "$tags, $source, $firstSeen, $lastSeen, $timesSeen, $status, $closed, $starred, $hidden, $notes, $feedback)");
        using var triage = Command(connection,
            "UPDATE Jobs SET Starred = $starred, Hidden = $hidden, Notes = $notes, Feedback = $feedback, Status = $status, ClosedAt = $closed " +
            "WHERE Id = $id AND (Starred IS NOT $starred OR Hidden IS NOT $hidden OR Notes IS NOT $notes OR Feedback IS NOT $feedback OR Status IS NOT $status)");
        using var description = Command(connection, "INSERT INTO JobDescriptions (JobId, Html, Text) VALUES ($id, $html, $text)");
        using var index = Command(connection, "INSERT INTO JobsFts (rowid, Title, Company, Body) VALUES ($id, $title, $company, $body)");
        using var sighting = Command(connection,
            "INSERT OR IGNORE INTO JobSightings (JobId, SourceId, ExternalId, Url, ContentHash, FirstSeenAt, LastSeenAt, TimesSeen, MissedRuns, Open) " +
            "VALUES ($id, $source, $external, $url, 0, $firstSeen, $lastSeen, $timesSeen, 0, $open)");

        int created = 0, updated = 0, skipped = 0;
        int? manualSource = null;
        foreach (var posting in postings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = posting.DedupKey!;
            Set(find, "$key", key);
            if (find.ExecuteScalar() is long existing)
            {
                SetTriage(triage, posting);
                Set(triage, "$id", existing);
                if (triage.ExecuteNonQuery() > 0)
                {
                    updated++;
                }
                else
                {
                    skipped++;
                }

                JobIds[key] = existing;
                continue;
            }

            var sourceId = posting.Source is { } name && sourceIds.TryGetValue(name, out var known)
                ? known
                : manualSource ??= await ManualSourceAsync(cancellationToken);
            Set(insert, "$key", key);
            Set(insert, "$title", posting.Title);
            Set(insert, "$company", posting.Company);
            Set(insert, "$location", posting.Location);
            Set(insert, "$locations", JsonSerializer.Serialize(posting.Locations ?? []));
            Set(insert, "$workplace", posting.Workplace.ToString());
            Set(insert, "$salaryMin", posting.SalaryMin);
            Set(insert, "$salaryMax", posting.SalaryMax);
            Set(insert, "$currency", posting.SalaryCurrency);
            Set(insert, "$period", posting.SalaryPeriod?.ToString());
            Set(insert, "$annual", posting.SalaryAnnualUsd);
            Set(insert, "$employment", posting.EmploymentType);
            Set(insert, "$department", posting.Department);
            Set(insert, "$posted", Date(posting.PostedAt));
            Set(insert, "$url", posting.Url);
            Set(insert, "$apply", posting.ApplyUrl);
            Set(insert, "$tags", JsonSerializer.Serialize(posting.Tags ?? []));
            Set(insert, "$source", sourceId);
            Set(insert, "$firstSeen", Date(Default(posting.FirstSeenAt)));
            Set(insert, "$lastSeen", Date(Default(posting.LastSeenAt)));
            Set(insert, "$timesSeen", Math.Max(posting.TimesSeen, 1));
            SetTriage(insert, posting);
            insert.ExecuteNonQuery();
            var id = SQLitePCL.raw.sqlite3_last_insert_rowid(((SqliteConnection)connection).Handle); // RETURNING is slow through Microsoft.Data.Sqlite (see JobStore)

            Set(description, "$id", id);
            Set(description, "$html", posting.DescriptionHtml);
            Set(description, "$text", posting.DescriptionText);
            description.ExecuteNonQuery();

            var body = posting.DescriptionText ?? "";
            Set(index, "$id", id);
            Set(index, "$title", posting.Title);
            Set(index, "$company", posting.Company);
            Set(index, "$body", body.Length > MaxIndexedBodyLength ? body[..MaxIndexedBodyLength] : body);
            index.ExecuteNonQuery();

            // The board's own id is not exported: the sighting is keyed by the de-duplication key, and the next run of
            // the source links the posting again through that key.
            Set(sighting, "$id", id);
            Set(sighting, "$source", sourceId);
            Set(sighting, "$external", "import:" + key);
            Set(sighting, "$url", posting.Url);
            Set(sighting, "$firstSeen", Date(Default(posting.FirstSeenAt)));
            Set(sighting, "$lastSeen", Date(Default(posting.LastSeenAt)));
            Set(sighting, "$timesSeen", Math.Max(posting.TimesSeen, 1));
            Set(sighting, "$open", posting.Status == JobStatus.Open);
            sighting.ExecuteNonQuery();

            JobIds[key] = id;
            created++;
        }

        return new ImportCounts(created, updated, skipped);
    }

    private static void SetTriage(SqliteCommand command, ExportedPosting posting)
    {
        Set(command, "$status", posting.Status.ToString());
        Set(command, "$closed", Date(posting.ClosedAt));
        Set(command, "$starred", posting.Starred);
        Set(command, "$hidden", posting.Hidden);
        Set(command, "$notes", string.IsNullOrEmpty(posting.Notes) ? null : posting.Notes);
        Set(command, "$feedback", posting.Feedback.ToString());
    }

    private async Task<int> ManualSourceAsync(CancellationToken cancellationToken)
    {
        if (context.Sources.Local.FirstOrDefault(s => s.Type == SourceType.Manual) is { } local)
        {
            return local.Id;
        }

        var stored = context.Sources.Where(s => s.Type == SourceType.Manual).Select(s => (int?)s.Id).FirstOrDefault();
        if (stored is { } id)
        {
            return id;
        }

        var source = new Source
        {
            Name = JobTriage.ManualSourceName,
            Type = SourceType.Manual,
            Schedule = SourceCatalog.Get(SourceType.Manual).DefaultSchedule,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.Sources.Add(source);
        await context.SaveChangesAsync(cancellationToken);
        return source.Id;
    }

    private DateTime Default(DateTime value) => value == default ? now : value;

    private static string? Date(DateTime? value) => value is { } date ? JobStore.FormatDate(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date) : null;

    private SqliteCommand Command(SqliteConnection connection, string sql)
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
