using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using JobSentinel.Core.Postings.Normalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Postings;

/// <summary>
/// Searches postings with SQL written for SQLite: full-text search through FTS5 (every term must
/// match; title hits first, then bm25), filters on indexed columns, one page at a time.
/// </summary>
public sealed class JobSearch(IDbContextFactory<JobSentinelDbContext> contextFactory, Profiles.MatchScorer scorer, IOptionsMonitor<JobsOptions> jobsOptions)
{
    private const string Columns =
        "j.Id, j.Title, j.Company, j.Location, j.LocationsJson, j.Workplace, j.SalaryMin, j.SalaryMax, j.SalaryCurrency, j.SalaryPeriod, " +
        "j.SalaryAnnualUsd, j.EmploymentType, j.Department, j.Url, j.ApplyUrl, j.PrimarySourceId, j.PostedAt, j.FirstSeenAt, j.LastSeenAt, " +
        "j.TimesSeen, j.Status, m.Score, m.ProfileId, j.Starred, j.Hidden, j.Notes, j.Feedback, j.TagsJson";

    private const string WithMatches = " LEFT JOIN JobMatches m ON m.JobId = j.Id";

    public async Task<PagedResult<JobView>> SearchAsync(JobQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var (from, where, order) = Build(command, query);
        var readsScores = query.MinScore is not null || Sort(query, searching: FtsQuery(query.Q) is not null) == "score";

        // The count joins the scores only when a filter reads them: the default list is counted from an index alone.
        command.CommandText = $"SELECT count(*) FROM {from}{(query.MinScore is null ? "" : WithMatches)} WHERE {where}";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        // The page is picked over ids and sort keys alone (often read from an index), not whole rows: sorting
        // every match with all its columns is what made deep pages slow. Only the page's rows are read in full.
        command.CommandText = $"SELECT j.Id FROM {from}{(readsScores ? WithMatches : "")} WHERE {where} ORDER BY {order} LIMIT $take OFFSET $skip";
        command.Parameters.AddWithValue("$take", query.PageSize);
        command.Parameters.AddWithValue("$skip", (query.Page - 1) * query.PageSize);
        List<long> ids = [];
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var items = await ReadPageAsync(connection, ids, cancellationToken);
        return new PagedResult<JobView>(await WithSourcesAsync(connection, items, cancellationToken), total, query.Page, query.PageSize);
    }

    /// <summary>Every posting that matches (no paging), for exports; streamed in pages of the given size.</summary>
    public async IAsyncEnumerable<JobView> ExportAsync(JobQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const int batch = 1000;
        for (var page = 1; ; page++)
        {
            var result = await SearchAsync(query with { Page = page, PageSize = batch }, cancellationToken);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            if (result.Items.Count < batch)
            {
                yield break;
            }
        }
    }

    public async Task<JobView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, d.Html, d.Text FROM Jobs j{WithMatches} LEFT JOIN JobDescriptions d ON d.JobId = j.Id WHERE j.Id = $id";
        command.Parameters.AddWithValue("$id", id);
        var items = await ReadAsync(command, cancellationToken, withDescription: true);
        return items.Count == 0 ? null : (await WithSourcesAsync(connection, items, cancellationToken))[0];
    }

    /// <summary>The FTS5 query for free text: each word a quoted term, all required; null when nothing searchable is left.</summary>
    public static string? FtsQuery(string? text, string? column = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = text.Split((char[])[' ', '\t', '\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(term => term.Replace("\"", "", StringComparison.Ordinal).Trim())
            .Where(term => term.Any(char.IsLetterOrDigit))
            .Select(term => (column is null ? "" : column + " : ") + "\"" + term + "\"")
            .ToList();
        return terms.Count == 0 ? null : string.Join(" AND ", terms);
    }

    private (string From, string Where, string Order) Build(SqliteCommand command, JobQuery query)
    {
        List<string> conditions = [];
        var from = "Jobs j";
        var fts = FtsQuery(query.Q);
        if (fts is not null)
        {
            from = "Jobs j JOIN (SELECT rowid, bm25(JobsFts, 10.0, 4.0, 1.0) AS rank FROM JobsFts WHERE JobsFts MATCH $fts) f ON f.rowid = j.Id";
            command.Parameters.AddWithValue("$fts", fts);
            command.Parameters.AddWithValue("$ftsTitle", FtsQuery(query.Q, "Title"));
        }

        var status = (query.Status ?? "open").ToLowerInvariant();
        if (status != "all")
        {
            conditions.Add("j.Status = $status");
            command.Parameters.AddWithValue("$status", CultureInfo.InvariantCulture.TextInfo.ToTitleCase(status));
        }

        if (!query.IncludeHidden)
        {
            conditions.Add("j.Hidden = 0");
        }

        if (query.Starred == true)
        {
            conditions.Add("j.Starred = 1");
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            var sourceId = int.TryParse(query.Source, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1;
            conditions.Add("EXISTS (SELECT 1 FROM JobSightings s JOIN Sources src ON src.Id = s.SourceId " +
                "WHERE s.JobId = j.Id AND (src.Id = $sourceId OR lower(src.Name) = lower($sourceName)))");
            command.Parameters.AddWithValue("$sourceId", sourceId);
            command.Parameters.AddWithValue("$sourceName", query.Source.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Company))
        {
            conditions.Add("j.Company LIKE $company ESCAPE '\\'");
            command.Parameters.AddWithValue("$company", "%" + EscapeLike(query.Company.Trim()) + "%");
        }

        if (query.MinScore is { } minScore)
        {
            conditions.Add("m.Score >= $minScore");
            command.Parameters.AddWithValue("$minScore", minScore);
        }

        if (query.Remote is { } remote)
        {
            conditions.Add(remote ? "j.Workplace = 'Remote'" : "j.Workplace <> 'Remote'");
        }

        if (query.WorkplaceFilter is { } workplace)
        {
            conditions.Add("j.Workplace = $workplace");
            command.Parameters.AddWithValue("$workplace", workplace.ToString());
        }

        if (query.Since is { } since)
        {
            conditions.Add("j.SortDate >= $since");
            command.Parameters.AddWithValue("$since", JobStore.FormatDate(since.Kind == DateTimeKind.Local ? since.ToUniversalTime() : since));
        }

        if (query.MinSalary is { } minSalary)
        {
            conditions.Add("j.SalaryAnnualUsd >= $minSalary");
            command.Parameters.AddWithValue("$minSalary", (double)(CurrencyRates.Convert((decimal)minSalary, jobsOptions.CurrentValue.Currency, "USD") ?? (decimal)minSalary));
        }

        return (from, conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions), OrderBy(query, fts is not null));
    }

    private static string Sort(JobQuery query, bool searching)
    {
        var sort = query.Sort?.ToLowerInvariant() ?? (searching ? "relevance" : "posted");
        return sort == "relevance" && !searching ? "posted" : sort;
    }

    private static string OrderBy(JobQuery query, bool searching)
    {
        var sort = Sort(query, searching);
        var descending = query.Order is null ? sort is "posted" or "firstseen" or "salary" or "score" : query.Order == "desc";
        var direction = descending ? "DESC" : "ASC";
        return sort switch
        {
            // FTS5's bm25 is lower for better matches; postings whose title holds every term come first.
            "relevance" => "CASE WHEN j.Id IN (SELECT rowid FROM JobsFts WHERE JobsFts MATCH $ftsTitle) THEN 0 ELSE 1 END, f.rank, j.Id DESC",
            "title" => $"j.Title COLLATE NOCASE {direction}, j.Id DESC",
            "company" => $"j.Company COLLATE NOCASE {direction}, j.Id DESC",
            "salary" => $"j.SalaryAnnualUsd IS NULL, j.SalaryAnnualUsd {direction}, j.Id DESC",
            "score" => $"m.Score IS NULL, m.Score {direction}, j.Id DESC",
            "firstseen" => $"j.FirstSeenAt {direction}, j.Id {direction}",
            _ => $"j.SortDate {direction}, j.Id {direction}",
        };
    }

    /// <summary>The page's postings read in full, in the order their ids were picked.</summary>
    private async Task<List<(JobView View, int PrimarySourceId, int? ProfileId)>> ReadPageAsync(
        SqliteConnection connection, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM Jobs j{WithMatches} WHERE j.Id IN ({string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))})";
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return [.. (await ReadAsync(command, cancellationToken)).OrderBy(item => position[item.View.Id])];
    }

    private async Task<List<(JobView View, int PrimarySourceId, int? ProfileId)>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken, bool withDescription = false)
    {
        var currency = jobsOptions.CurrentValue.Currency;
        List<(JobView, int, int?)> items = [];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var workplace = Enum.Parse<WorkplaceType>(reader.GetString(5));
            var annualUsd = NullableDouble(reader, 10);
            items.Add((new JobView
            {
                Id = reader.GetInt64(0),
                Title = reader.GetString(1),
                Company = reader.GetString(2),
                Location = NullableString(reader, 3),
                Locations = JsonSerializer.Deserialize<string[]>(reader.GetString(4)) ?? [],
                WorkplaceType = workplace,
                Remote = workplace == WorkplaceType.Remote,
                SalaryMin = NullableDouble(reader, 6),
                SalaryMax = NullableDouble(reader, 7),
                Currency = NullableString(reader, 8),
                SalaryPeriod = NullableString(reader, 9) is { } period ? Enum.Parse<SalaryPeriod>(period) : null,
                SalaryAnnualized = annualUsd is { } usd ? Math.Round((double)(CurrencyRates.Convert((decimal)usd, "USD", currency) ?? (decimal)usd)) : null,
                AnnualizedCurrency = currency,
                EmploymentType = NullableString(reader, 11),
                Department = NullableString(reader, 12),
                Url = NullableString(reader, 13),
                ApplyUrl = NullableString(reader, 14),
                PostedAt = NullableDate(reader, 16),
                FirstSeenAt = ReadDate(reader, 17),
                LastSeenAt = ReadDate(reader, 18),
                TimesSeen = reader.GetInt32(19),
                Status = Enum.Parse<JobStatus>(reader.GetString(20)),
                Score = NullableDouble(reader, 21),
                Starred = reader.GetBoolean(23),
                Hidden = reader.GetBoolean(24),
                Notes = NullableString(reader, 25),
                Feedback = Enum.Parse<JobFeedback>(reader.GetString(26)),
                Tags = JsonSerializer.Deserialize<string[]>(reader.GetString(27)) ?? [],
                Description = withDescription ? NullableString(reader, 28) : null,
                DescriptionText = withDescription ? NullableString(reader, 29) : null,
            }, reader.GetInt32(15), reader.IsDBNull(22) ? null : reader.GetInt32(22)));
        }

        return items;
    }

    private async Task<List<JobView>> WithSourcesAsync(
        SqliteConnection connection, List<(JobView View, int PrimarySourceId, int? ProfileId)> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var ids = string.Join(',', items.Select(i => i.View.Id.ToString(CultureInfo.InvariantCulture)));
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT s.JobId, src.Id, src.Name, src.Type, s.Url, s.FirstSeenAt, s.LastSeenAt, s.TimesSeen, s.Open " +
            $"FROM JobSightings s JOIN Sources src ON src.Id = s.SourceId WHERE s.JobId IN ({ids}) ORDER BY s.FirstSeenAt";
        var bySource = new Dictionary<long, List<JobSourceView>>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var jobId = reader.GetInt64(0);
                if (!bySource.TryGetValue(jobId, out var list))
                {
                    bySource[jobId] = list = [];
                }

                list.Add(new JobSourceView(reader.GetInt32(1), reader.GetString(2), reader.GetString(3).ToLowerInvariant(),
                    NullableString(reader, 4), ReadDate(reader, 5), ReadDate(reader, 6), reader.GetInt32(7), reader.GetBoolean(8)));
            }
        }

        // Reasons are worked out for the postings shown, by the same rules that stored their scores.
        var explained = await scorer.ExplainAsync([.. items.Where(i => i.ProfileId is not null).Select(i => i.View.Id)], cancellationToken);
        return [.. items.Select(item =>
        {
            var sources = bySource.GetValueOrDefault(item.View.Id) ?? [];
            var primary = sources.FirstOrDefault(s => s.SourceId == item.PrimarySourceId) ?? sources.FirstOrDefault();
            var match = explained.TryGetValue(item.View.Id, out var scores) ? scores.Matches.FirstOrDefault(m => m.ProfileId == item.ProfileId) : null;
            return item.View with { Sources = sources, Source = primary?.Name, ScoreReasons = match?.Result.Reasons ?? [], ProfileName = match?.ProfileName };
        })];
    }

    private static string EscapeLike(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    internal static DateTime? NullableDate(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadDate(reader, ordinal);

    // EF Core stores UTC times as "yyyy-MM-dd HH:mm:ss.FFFFFFF": parsed exactly (fast), anything else the long way.
    internal static DateTime ReadDate(DbDataReader reader, int ordinal)
    {
        const DateTimeStyles Utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        var text = reader.GetString(ordinal);
        var date = DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, Utc, out var exact)
            ? exact
            : DateTime.Parse(text, CultureInfo.InvariantCulture, Utc);
        return DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }
}
