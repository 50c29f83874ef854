using System.Text.Encodings.Web;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Achievements;

/// <summary>
/// STAR records: written by hand (accepted at once) or suggested from a resume's bullets (accepted or dismissed
/// by the user). Only accepted records feed generated documents.
/// </summary>
public sealed class StarRecordService(IDbContextFactory<JobSentinelDbContext> contextFactory, SkillTaxonomy taxonomy, TimeProvider timeProvider)
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxSkills = 30;
    public const int MaxSkillLength = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<PagedResult<StarRecordView>> ListAsync(StarRecordQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = context.StarRecords.AsNoTracking();
        records = query.Status is { } status
            ? records.Where(r => r.Status == status)
            : records.Where(r => r.Status != StarRecordStatus.Dismissed);

        if (query.ResumeId is { } resumeId)
        {
            records = records.Where(r => r.ResumeId == resumeId);
        }

        if (!string.IsNullOrWhiteSpace(query.Skill))
        {
            var name = taxonomy.Find(query.Skill.Trim())?.Name ?? query.Skill.Trim();
            var tag = "%" + Escape(JsonSerializer.Serialize(name, Json)) + "%";
            records = records.Where(r => EF.Functions.Like(r.SkillsJson, tag, "\\"));
        }

        foreach (var word in (query.Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = "%" + Escape(word) + "%";
            records = records.Where(r => EF.Functions.Like(r.Title, pattern, "\\") || EF.Functions.Like(r.Situation, pattern, "\\")
                || EF.Functions.Like(r.Task, pattern, "\\") || EF.Functions.Like(r.Action, pattern, "\\") || EF.Functions.Like(r.Result, pattern, "\\")
                || EF.Functions.Like(r.SkillsJson, pattern, "\\") || EF.Functions.Like(r.Company ?? "", pattern, "\\") || EF.Functions.Like(r.Role ?? "", pattern, "\\"));
        }

        var total = await records.CountAsync(cancellationToken);
        var page = await records.OrderBy(r => r.Status).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<StarRecordView>([.. page.Select(View)], total, query.Page, query.PageSize);
    }

    public async Task<StarRecordView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.StarRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record ? View(record) : null;
    }

    /// <summary>Adds a record written by hand: accepted unless the draft asks for <c>suggested</c>.</summary>
    public async Task<SaveResult<StarRecordView>> CreateAsync(StarRecordDraft draft, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var record = new StarRecord { Title = "", Status = draft.Status ?? StarRecordStatus.Accepted, CreatedAt = now, UpdatedAt = now };
        var errors = Apply(record, draft);
        if (draft.Title is null)
        {
            errors.TryAdd("title", ["title is required."]);
        }

        if (errors.Count > 0)
        {
            return SaveResult<StarRecordView>.Invalid(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.StarRecords.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<StarRecordView>.Saved(View(record));
    }

    /// <summary>PUT semantics: fields left out keep their value; the status is changed by <see cref="AcceptAsync"/> only.</summary>
    public async Task<SaveResult<StarRecordView>> UpdateAsync(long id, StarRecordDraft changes, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await context.StarRecords.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveResult<StarRecordView>.Missing;
        }

        var errors = Apply(record, changes);
        if (changes.Status is { } status && status != record.Status)
        {
            errors["status"] = ["Use POST /star-records/{id}/accept to accept a suggestion, DELETE to dismiss it."];
        }

        if (errors.Count > 0)
        {
            return SaveResult<StarRecordView>.Invalid(errors);
        }

        record.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<StarRecordView>.Saved(View(record));
    }

    /// <summary>
    /// Deletes a record. One that came from a resume bullet is kept as <see cref="StarRecordStatus.Dismissed"/> instead, so a
    /// later suggestion from that resume does not bring it back (it goes with the resume). False when there is no such record.
    /// </summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var fromResume = await context.StarRecords.Where(r => r.Id == id && r.ResumeId != null && r.SourceText != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, StarRecordStatus.Dismissed)
                .SetProperty(r => r.UpdatedAt, timeProvider.GetUtcNow().UtcDateTime), cancellationToken);
        return fromResume > 0 || await context.StarRecords.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>Accepts a suggestion. Missing when there is no record; <c>Errors["status"]</c> when it is already accepted.</summary>
    public async Task<SaveResult<StarRecordView>> AcceptAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await context.StarRecords.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return SaveResult<StarRecordView>.Missing;
        }

        if (record.Status != StarRecordStatus.Suggested)
        {
            return SaveResult<StarRecordView>.Invalid(new Dictionary<string, string[]> { ["status"] = [$"STAR record {id} is {record.Status.ToString().ToLowerInvariant()}: only suggestions can be accepted."] });
        }

        record.Status = StarRecordStatus.Accepted;
        record.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<StarRecordView>.Saved(View(record));
    }

    /// <summary>
    /// Suggests a record for every achievement-like bullet of the resume's roles. A bullet that already has a record
    /// of this resume (suggested or accepted) or was dismissed is skipped, so calling it again adds nothing. Null when there is no such resume.
    /// </summary>
    public async Task<StarSuggestResult?> SuggestAsync(long resumeId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var parseJson = await context.Resumes.Where(r => r.Id == resumeId).Select(r => r.ParseJson).SingleOrDefaultAsync(cancellationToken);
        if (parseJson is null)
        {
            return null;
        }

        var suggestions = StarSuggester.FromRoles(AnalysisJson.Read<ParsedResume>(parseJson).Roles, taxonomy);
        var known = (await context.StarRecords.Where(r => r.ResumeId == resumeId && r.SourceText != null).Select(r => r.SourceText!).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        List<StarRecord> created = [];
        foreach (var suggestion in suggestions.Where(s => !known.Contains(s.SourceText)))
        {
            created.Add(new StarRecord
            {
                ResumeId = resumeId,
                Title = Truncate(suggestion.Title, MaxTitleLength),
                Situation = Truncate(suggestion.Situation, MaxTextLength),
                Action = Truncate(suggestion.Action, MaxTextLength),
                Result = Truncate(suggestion.Result, MaxTextLength),
                SkillsJson = JsonSerializer.Serialize(suggestion.Skills.Take(MaxSkills), Json),
                Company = suggestion.Company is { } company ? Truncate(company, MaxNameLength) : null,
                Role = suggestion.Role is { } role ? Truncate(role, MaxNameLength) : null,
                SourceText = suggestion.SourceText,
                Status = StarRecordStatus.Suggested,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        context.StarRecords.AddRange(created);
        await context.SaveChangesAsync(cancellationToken);
        return new StarSuggestResult(created.Count, suggestions.Count - created.Count, [.. created.Select(View)]);
    }

    /// <summary>Accepted records, newest first: what tailored CVs, letters and messages may draw on.</summary>
    public async Task<IReadOnlyList<StarRecordView>> AcceptedAsync(long? resumeId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = await context.StarRecords.AsNoTracking()
            .Where(r => r.Status == StarRecordStatus.Accepted && (resumeId == null || r.ResumeId == null || r.ResumeId == resumeId))
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        return [.. records.Select(View)];
    }

    private Dictionary<string, string[]> Apply(StarRecord record, StarRecordDraft draft)
    {
        Dictionary<string, string[]> errors = [];
        if (draft.Title is { } title)
        {
            record.Title = title.Trim();
            if (record.Title.Length == 0)
            {
                errors["title"] = ["title must not be empty."];
            }
            else if (record.Title.Length > MaxTitleLength)
            {
                errors["title"] = [$"title must be at most {MaxTitleLength} characters."];
            }
        }

        record.Situation = Text(draft.Situation, record.Situation, "situation", errors);
        record.Task = Text(draft.Task, record.Task, "task", errors);
        record.Action = Text(draft.Action, record.Action, "action", errors);
        record.Result = Text(draft.Result, record.Result, "result", errors);
        record.Company = Name(draft.Company, record.Company, "company", errors);
        record.Role = Name(draft.Role, record.Role, "role", errors);
        if (draft.Skills is { } skills)
        {
            var names = skills.Select(s => s?.Trim()).ToList();
            if (names.Count > MaxSkills)
            {
                errors["skills"] = [$"At most {MaxSkills} skills."];
            }
            else if (names.Any(s => string.IsNullOrEmpty(s) || s.Length > MaxSkillLength))
            {
                errors["skills"] = [$"Each skill must be 1 to {MaxSkillLength} characters."];
            }
            else
            {
                // Canonical taxonomy names where known, so a "postgres" tag matches jobs asking for PostgreSQL.
                record.SkillsJson = JsonSerializer.Serialize(names.Select(s => taxonomy.Find(s!)?.Name ?? s!).Distinct(StringComparer.OrdinalIgnoreCase), Json);
            }
        }

        return errors;
    }

    private static string Text(string? value, string current, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return current;
        }

        if (value.Length > MaxTextLength)
        {
            errors[field] = [$"{field} must be at most {MaxTextLength} characters."];
        }

        return value.Trim();
    }

    private static string? Name(string? value, string? current, string field, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return current;
        }

        if (value.Trim().Length > MaxNameLength)
        {
            errors[field] = [$"{field} must be at most {MaxNameLength} characters."];
        }

        return value.Trim().Length == 0 ? null : value.Trim();
    }

    private static StarRecordView View(StarRecord r) => new(
        r.Id, r.ResumeId, r.Title, r.Situation, r.Task, r.Action, r.Result, Skills(r.SkillsJson), r.Company, r.Role, r.SourceText, r.Status, r.CreatedAt, r.UpdatedAt);

    private static IReadOnlyList<string> Skills(string json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
