using System.Text.Json;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Profiles;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Settings;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Reads an <see cref="ExportDocument"/>, validates all of it, then merges it in one transaction by natural keys
/// (source, profile and channel names, setting keys, resume checksums, posting de-duplication keys), so importing
/// the same document twice creates nothing the second time. Stored configuration wins over the document's:
/// an existing source, profile or channel is left as it is; a posting gets the document's triage state.
/// </summary>
public sealed class DataImporter(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    public async Task<ImportResult> ImportAsync(Stream input, CancellationToken cancellationToken)
    {
        ExportDocument? document;
        try
        {
            document = await JsonSerializer.DeserializeAsync<ExportDocument>(input, DataTransferJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Rejected("document", $"is not a readable export: {ex.Message}");
        }

        if (document is null)
        {
            return Rejected("document", "is empty (null).");
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var knownResumes = (await context.Resumes.Select(r => r.Sha256).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var knownProfiles = (await context.Profiles.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var problems = ImportValidator.Validate(document, knownResumes, knownProfiles);
        if (problems.Count > 0)
        {
            return new ImportResult(problems, new Dictionary<string, ImportCounts>());
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var sections = new Dictionary<string, ImportCounts>
        {
            ["settings"] = await ImportSettingsAsync(context, document.Settings ?? [], now, cancellationToken),
        };
        var (sources, createdSources) = await ImportSourcesAsync(context, document.Sources ?? [], now, cancellationToken);
        sections["sources"] = sources;
        sections["profiles"] = await ImportProfilesAsync(context, document.Profiles ?? [], now, cancellationToken);
        sections["alertChannels"] = await ImportChannelsAsync(context, document.AlertChannels ?? [], now, cancellationToken);
        sections["resumes"] = await ImportResumesAsync(context, document.Resumes ?? [], cancellationToken);

        var sourceIds = await context.Sources.ToDictionaryAsync(s => s.Name, s => s.Id, StringComparer.Ordinal, cancellationToken);
        var postings = new PostingImport(context, (SqliteTransaction)transaction.GetDbTransaction(), sourceIds, now);
        sections["postings"] = await postings.RunAsync(document.Postings ?? [], cancellationToken);
        sections["evaluations"] = await ImportEvaluationsAsync(context, document.Evaluations ?? [], postings.JobIds, cancellationToken);
        foreach (var (name, counts) in await ApplicationDataTransfer.ImportAsync(context, document, postings.JobIds, cancellationToken))
        {
            sections[name] = counts;
        }

        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(new Dictionary<string, string[]>(), sections) { CreatedSourceIds = createdSources };
    }

    private static ImportResult Rejected(string path, string message) =>
        new(new Dictionary<string, string[]> { [path] = [message] }, new Dictionary<string, ImportCounts>());

    private static async Task<ImportCounts> ImportSettingsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedSetting> settings, DateTime now, CancellationToken cancellationToken)
    {
        var stored = await context.Settings.ToDictionaryAsync(s => s.Key, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, skipped = 0;
        foreach (var setting in settings)
        {
            var value = setting.Value!.Value.GetRawText();
            if (!stored.TryGetValue(setting.Key!, out var existing))
            {
                context.Settings.Add(new Setting { Key = setting.Key!, Value = value, UpdatedAt = now });
                created++;
            }
            else if (existing.Value != value)
            {
                existing.Value = value;
                existing.UpdatedAt = now;
                updated++;
            }
            else
            {
                skipped++;
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, updated, skipped);
    }

    private static async Task<(ImportCounts Counts, IReadOnlyList<int> Created)> ImportSourcesAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedSource> sources, DateTime now, CancellationToken cancellationToken)
    {
        var stored = (await context.Sources.Select(s => s.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        List<Source> created = [];
        foreach (var source in sources.Where(s => !stored.Contains(s.Name!)))
        {
            var entity = new Source
            {
                Name = source.Name!.Trim(),
                Type = source.Type!.Value,
                Board = source.Board,
                Url = source.Url,
                BaseUrl = source.BaseUrl,
                Schedule = source.Schedule!.Trim(),
                // A source whose secret option was left out of the export cannot run until it is entered again.
                Enabled = source.Enabled && source.SecretsOmitted is not { Count: > 0 },
                OptionsJson = JsonSerializer.Serialize(source.Options ?? new Dictionary<string, string>()),
                CreatedAt = now,
                UpdatedAt = now,
            };
            context.Sources.Add(entity);
            created.Add(entity);
        }

        await context.SaveChangesAsync(cancellationToken);
        return (new ImportCounts(created.Count, 0, sources.Count - created.Count), [.. created.Select(s => s.Id)]);
    }

    private static async Task<ImportCounts> ImportProfilesAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedProfile> profiles, DateTime now, CancellationToken cancellationToken)
    {
        var stored = (await context.Profiles.Select(p => p.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var hasDefault = await context.Profiles.AnyAsync(p => p.IsDefault, cancellationToken);
        var created = 0;
        foreach (var p in profiles.Where(p => !stored.Contains(p.Name!)))
        {
            var isDefault = p.IsDefault && !hasDefault; // exactly one default: the stored one wins
            hasDefault |= isDefault;
            context.Profiles.Add(new SearchProfile
            {
                Name = p.Name!.Trim(), IsDefault = isDefault,
                TitleAllowlist = [.. p.TitleAllowlist ?? []], TitleBlocklist = [.. p.TitleBlocklist ?? []],
                KeywordsBoost = [.. p.KeywordsBoost ?? []], KeywordsExclude = [.. p.KeywordsExclude ?? []],
                AllowRemote = p.AllowRemote, AllowHybrid = p.AllowHybrid, AllowOnsite = p.AllowOnsite,
                Cities = [.. p.Cities ?? []], States = [.. p.States ?? []], Countries = [.. p.Countries ?? []],
                SalaryFloor = p.SalaryFloor, SalaryTarget = p.SalaryTarget, Currency = p.Currency ?? "USD",
                PreferredCompanies = [.. p.PreferredCompanies ?? []], BlockedCompanies = [.. p.BlockedCompanies ?? []],
                RecencyFullDays = p.RecencyFullDays, RecencyZeroDays = p.RecencyZeroDays,
                ImmediateAlertThreshold = p.ImmediateAlertThreshold, DigestMinScore = p.DigestMinScore,
                WeightSkills = p.WeightSkills, WeightSalary = p.WeightSalary, WeightLocation = p.WeightLocation,
                WeightCompany = p.WeightCompany, WeightRecency = p.WeightRecency,
                LearnedWeightsJson = p.LearnedWeights is { ValueKind: JsonValueKind.Object } learned ? learned.GetRawText() : "{}",
                CreatedAt = now, UpdatedAt = now,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, profiles.Count - created);
    }

    private static async Task<ImportCounts> ImportChannelsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedAlertChannel> channels, DateTime now, CancellationToken cancellationToken)
    {
        var stored = (await context.AlertChannels.Select(c => c.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var profiles = await context.Profiles.ToDictionaryAsync(p => p.Name, p => p.Id, StringComparer.Ordinal, cancellationToken);
        var created = 0;
        foreach (var c in channels.Where(c => !stored.Contains(c.Name!)))
        {
            context.AlertChannels.Add(new AlertChannel
            {
                Name = c.Name!.Trim(),
                Type = c.Type!.Value,
                MinScore = c.MinScore,
                ProfileId = c.ProfileName is { } profile ? profiles[profile] : null,
                // The webhook URL or SMTP settings were not exported: disabled until they are entered again.
                Enabled = false,
                DigestEnabled = c.DigestEnabled,
                DigestTime = c.DigestTime ?? "08:00",
                QuietHours = c.QuietHours,
                TimeZone = c.TimeZone ?? "UTC",
                LastError = "Imported without its secret (webhook URL or SMTP settings): enter it again, then enable the channel.",
                CreatedAt = now,
                UpdatedAt = now,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, channels.Count - created);
    }

    private static async Task<ImportCounts> ImportResumesAsync(JobSentinelDbContext context, IReadOnlyList<ExportedResume> resumes, CancellationToken cancellationToken)
    {
        var stored = (await context.Resumes.Select(r => r.Sha256).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var created = 0;
        foreach (var r in resumes.Where(r => !stored.Contains(r.Sha256!)))
        {
            context.Resumes.Add(new Resume
            {
                FileName = r.FileName!, StoredName = null, Format = r.Format, SizeBytes = r.SizeBytes, Sha256 = r.Sha256!,
                CandidateName = r.CandidateName, AtsScore = r.AtsScore, AtsRating = r.AtsRating, SkillCount = r.SkillCount,
                Text = r.Text!, ParseJson = Raw(r.Parse), AtsJson = Raw(r.Ats), LayoutJson = Raw(r.Layout), UploadedAt = r.UploadedAt,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, resumes.Count - created);
    }

    private static async Task<ImportCounts> ImportEvaluationsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedEvaluation> evaluations, IReadOnlyDictionary<string, long> jobIds, CancellationToken cancellationToken)
    {
        var resumes = await context.Resumes.ToDictionaryAsync(r => r.Sha256, r => r.Id, StringComparer.Ordinal, cancellationToken);
        var stored = (await context.Evaluations.Where(e => e.JobId != null && e.Status == EvaluationStatus.Completed)
                .Select(e => new { e.ResumeId, JobId = e.JobId!.Value }).ToListAsync(cancellationToken))
            .Select(e => (e.ResumeId, e.JobId)).ToHashSet();
        var created = 0;
        foreach (var e in evaluations)
        {
            var resumeId = resumes[e.ResumeSha256!];
            if (!jobIds.TryGetValue(e.JobDedupKey!, out var jobId))
            {
                var found = await context.Jobs.Where(j => j.DedupKey == e.JobDedupKey).Select(j => (long?)j.Id).SingleOrDefaultAsync(cancellationToken);
                if (found is null)
                {
                    continue; // the posting is neither in the document nor stored
                }

                jobId = found.Value;
            }

            if (!stored.Add((resumeId, jobId)))
            {
                continue;
            }

            context.Evaluations.Add(new Evaluation
            {
                ResumeId = resumeId, JobId = jobId, Status = EvaluationStatus.Completed, Progress = 100, Attempts = 1,
                RelevanceScore = e.RelevanceScore, Verdict = e.Verdict, ResultJson = e.Result is { } result ? Raw(result) : null,
                CreatedAt = e.CreatedAt, StartedAt = e.StartedAt, FinishedAt = e.FinishedAt,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, evaluations.Count - created);
    }

    // JSON columns keep JSON; a value the export had to write as a string goes back as that string.
    private static string Raw(JsonElement? element) => element switch
    {
        null => "{}",
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { } value => value.GetRawText(),
    };
}
