using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Imports postings with prepared statements (<see cref="BulkStatement"/>) inside the import's transaction (change
/// tracking would be far too slow at 100,000 postings). A new posting is stored with its description, search entry
/// and one sighting of its source; a known one (same de-duplication key) takes the document's triage state: starred,
/// hidden, notes, feedback, status.
/// </summary>
internal sealed class PostingImport(JobSentinelDbContext context, SqliteTransaction transaction, Dictionary<string, int> sourceIds, DateTime now)
{
    private const int MaxIndexedBodyLength = 20_000;

    /// <summary>De-duplication key → id of every posting of the document, for the evaluations that follow.</summary>
    public Dictionary<string, long> JobIds { get; } = new(StringComparer.Ordinal);

    public async Task<ImportCounts> RunAsync(IReadOnlyList<ExportedPosting> postings, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        using var find = new BulkStatement(connection, "SELECT Id FROM Jobs WHERE DedupKey = $key");
        using var insert = new BulkStatement(connection,
            "INSERT INTO Jobs (DedupKey, Title, Company, Location, LocationsJson, Workplace, SalaryMin, SalaryMax, SalaryCurrency, SalaryPeriod, " +
            "SalaryAnnualUsd, EmploymentType, Department, PostedAt, SortDate, Url, ApplyUrl, TagsJson, PrimarySourceId, FirstSeenAt, LastSeenAt, " +
            "TimesSeen, Status, ClosedAt, Starred, Hidden, Notes, Feedback) VALUES ($key, $title, $company, $location, $locations, $workplace, " +
            "$salaryMin, $salaryMax, $currency, $period, $annual, $employment, $department, $posted, coalesce($posted, $firstSeen), $url, $apply, " +
            "$tags, $source, $firstSeen, $lastSeen, $timesSeen, $status, $closed, $starred, $hidden, $notes, $feedback)");
        using var triage = new BulkStatement(connection,
            "UPDATE Jobs SET Starred = $starred, Hidden = $hidden, Notes = $notes, Feedback = $feedback, Status = $status, ClosedAt = $closed " +
            "WHERE Id = $id AND (Starred IS NOT $starred OR Hidden IS NOT $hidden OR Notes IS NOT $notes OR Feedback IS NOT $feedback OR Status IS NOT $status)");
        using var description = new BulkStatement(connection, "INSERT INTO JobDescriptions (JobId, Html, Text) VALUES ($id, $html, $text)");
        using var index = new BulkStatement(connection, "INSERT INTO JobsFts (rowid, Title, Company, Body) VALUES ($id, $title, $company, $body)");
        using var sighting = new BulkStatement(connection,
            "INSERT OR IGNORE INTO JobSightings (JobId, SourceId, ExternalId, Url, ContentHash, FirstSeenAt, LastSeenAt, TimesSeen, MissedRuns, Open) " +
            "VALUES ($id, $source, $external, $url, 0, $firstSeen, $lastSeen, $timesSeen, 0, $open)");

        int created = 0, updated = 0, skipped = 0;
        int? manualSource = null;
        foreach (var posting in postings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = posting.DedupKey!;
            find.Set("$key", key);
            if (find.QueryInt64() is { } existing)
            {
                SetTriage(triage, posting);
                triage.Set("$id", existing);
                if (triage.Execute() > 0)
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
            insert.Set("$key", key);
            insert.Set("$title", posting.Title);
            insert.Set("$company", posting.Company);
            insert.Set("$location", posting.Location);
            insert.Set("$locations", JsonSerializer.Serialize(posting.Locations ?? []));
            insert.Set("$workplace", posting.Workplace.ToString());
            insert.Set("$salaryMin", posting.SalaryMin);
            insert.Set("$salaryMax", posting.SalaryMax);
            insert.Set("$currency", posting.SalaryCurrency);
            insert.Set("$period", posting.SalaryPeriod?.ToString());
            insert.Set("$annual", posting.SalaryAnnualUsd);
            insert.Set("$employment", posting.EmploymentType);
            insert.Set("$department", posting.Department);
            insert.Set("$posted", Date(posting.PostedAt));
            insert.Set("$url", posting.Url);
            insert.Set("$apply", posting.ApplyUrl);
            insert.Set("$tags", JsonSerializer.Serialize(posting.Tags ?? []));
            insert.Set("$source", sourceId);
            insert.Set("$firstSeen", Date(Default(posting.FirstSeenAt)));
            insert.Set("$lastSeen", Date(Default(posting.LastSeenAt)));
            insert.Set("$timesSeen", Math.Max(posting.TimesSeen, 1));
            SetTriage(insert, posting);
            insert.Execute();
            var id = SQLitePCL.raw.sqlite3_last_insert_rowid(connection.Handle); // RETURNING is slow through Microsoft.Data.Sqlite (see JobStore)

            description.Set("$id", id);
            description.Set("$html", posting.DescriptionHtml);
            description.Set("$text", posting.DescriptionText);
            description.Execute();

            var body = posting.DescriptionText ?? "";
            index.Set("$id", id);
            index.Set("$title", posting.Title);
            index.Set("$company", posting.Company);
            index.Set("$body", body.Length > MaxIndexedBodyLength ? body[..MaxIndexedBodyLength] : body);
            index.Execute();

            // The board's own id is not exported: the sighting is keyed by the de-duplication key, and the next run of
            // the source links the posting again through that key.
            sighting.Set("$id", id);
            sighting.Set("$source", sourceId);
            sighting.Set("$external", "import:" + key);
            sighting.Set("$url", posting.Url);
            sighting.Set("$firstSeen", Date(Default(posting.FirstSeenAt)));
            sighting.Set("$lastSeen", Date(Default(posting.LastSeenAt)));
            sighting.Set("$timesSeen", Math.Max(posting.TimesSeen, 1));
            sighting.Set("$open", posting.Status == JobStatus.Open ? 1 : 0);
            sighting.Execute();

            JobIds[key] = id;
            created++;
        }

        return new ImportCounts(created, updated, skipped);
    }

    private static void SetTriage(BulkStatement statement, ExportedPosting posting)
    {
        statement.Set("$status", posting.Status.ToString());
        statement.Set("$closed", Date(posting.ClosedAt));
        statement.Set("$starred", posting.Starred ? 1 : 0);
        statement.Set("$hidden", posting.Hidden ? 1 : 0);
        statement.Set("$notes", string.IsNullOrEmpty(posting.Notes) ? null : posting.Notes);
        statement.Set("$feedback", posting.Feedback.ToString());
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
}
