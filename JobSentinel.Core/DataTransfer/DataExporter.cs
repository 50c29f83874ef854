using System.IO.Pipelines;
using System.Text.Json;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Sources;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Writes the <see cref="ExportDocument"/> to a stream. Everything is read in one read transaction (a consistent
/// snapshot while the app keeps writing) and postings are streamed one row at a time, so memory stays flat.
/// </summary>
public sealed class DataExporter(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    private const int FlushEvery = 256;

    /// <summary>Writes the document to a stream; returns how many postings it holds.</summary>
    public async Task<int> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        var pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        var count = await WriteAsync(pipe, cancellationToken);
        await pipe.CompleteAsync();
        return count;
    }

    /// <summary>
    /// Writes the document; returns how many postings it holds. The JSON writer fills the pipe's buffers and only
    /// the pipe touches the network, asynchronously (a response stream refuses synchronous writes).
    /// </summary>
    public async Task<int> WriteAsync(PipeWriter output, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        // Deferred: a read snapshot that never takes the write lock (the default BEGIN IMMEDIATE would).
        await using var transaction = ((SqliteConnection)context.Database.GetDbConnection()).BeginTransaction(deferred: true);
        await context.Database.UseTransactionAsync(transaction, cancellationToken);

        await using var writer = new Utf8JsonWriter(output);
        var json = DataTransferJson.Options;
        writer.WriteStartObject();
        writer.WriteString("format", ExportDocument.FormatName);
        writer.WriteNumber("version", ExportDocument.CurrentVersion);
        writer.WriteString("exportedAt", timeProvider.GetUtcNow().UtcDateTime);
        writer.WritePropertyName("notes");
        JsonSerializer.Serialize(writer, ExportDocument.StandardNotes, json);

        var settings = await context.Settings.AsNoTracking().OrderBy(s => s.Key).ToListAsync(cancellationToken);
        WriteArray(writer, "settings", settings.Select(s => new ExportedSetting(s.Key, ParseOrString(s.Value))));

        var sources = await context.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var sourceNames = sources.ToDictionary(s => s.Id, s => s.Name);
        WriteArray(writer, "sources", sources.Where(s => s.Type != SourceType.Manual).Select(ToExport));

        var profiles = await context.Profiles.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var profileNames = profiles.ToDictionary(p => p.Id, p => p.Name);
        WriteArray(writer, "profiles", profiles.Select(p => new ExportedProfile(
            p.Name, p.IsDefault, p.TitleAllowlist, p.TitleBlocklist, p.KeywordsBoost, p.KeywordsExclude, p.AllowRemote, p.AllowHybrid, p.AllowOnsite,
            p.Cities, p.States, p.Countries, p.SalaryFloor, p.SalaryTarget, p.Currency, p.PreferredCompanies, p.BlockedCompanies,
            p.RecencyFullDays, p.RecencyZeroDays, p.ImmediateAlertThreshold, p.DigestMinScore,
            p.WeightSkills, p.WeightSalary, p.WeightLocation, p.WeightCompany, p.WeightRecency, ParseOrString(p.LearnedWeightsJson))));

        var channels = await context.AlertChannels.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        WriteArray(writer, "alertChannels", channels.Select(c => ToExport(c, profileNames)));

        var resumes = await context.Resumes.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var resumeHashes = resumes.ToDictionary(r => r.Id, r => r.Sha256);
        WriteArray(writer, "resumes", resumes.Select(r => new ExportedResume(
            r.Sha256, r.FileName, r.Format, r.SizeBytes, r.CandidateName, r.AtsScore, r.AtsRating, r.SkillCount, r.Text,
            ParseOrString(r.ParseJson), ParseOrString(r.AtsJson), ParseOrString(r.LayoutJson), r.UploadedAt)));

        var evaluations = await (from e in context.Evaluations.AsNoTracking()
                                 join j in context.Jobs on e.JobId equals j.Id
                                 where e.Status == EvaluationStatus.Completed
                                 orderby e.Id
                                 select new { e, j.DedupKey }).ToListAsync(cancellationToken);
        WriteArray(writer, "evaluations", evaluations.Select(row => new ExportedEvaluation(
            resumeHashes[row.e.ResumeId], row.DedupKey, row.e.RelevanceScore, row.e.Verdict,
            row.e.ResultJson is null ? null : ParseOrString(row.e.ResultJson), row.e.CreatedAt, row.e.StartedAt, row.e.FinishedAt)));

        await ApplicationDataTransfer.WriteAsync(writer, context, resumeHashes, cancellationToken);

        writer.WritePropertyName("postings");
        writer.WriteStartArray();
        var postings = from j in context.Jobs.AsNoTracking()
                       join d in context.JobDescriptions on j.Id equals d.JobId into descriptions
                       from d in descriptions.DefaultIfEmpty()
                       orderby j.Id
                       select new { j, Html = d == null ? null : d.Html, Text = d == null ? null : d.Text };
        var count = 0;
        await foreach (var row in postings.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var j = row.j;
            JsonSerializer.Serialize(writer, new ExportedPosting(
                j.DedupKey, j.Title, j.Company, j.Location, ReadList(j.LocationsJson), j.Workplace, j.SalaryMin, j.SalaryMax, j.SalaryCurrency,
                j.SalaryPeriod, j.SalaryAnnualUsd, j.EmploymentType, j.Department, j.PostedAt, j.Url, j.ApplyUrl, ReadList(j.TagsJson),
                sourceNames.GetValueOrDefault(j.PrimarySourceId), j.FirstSeenAt, j.LastSeenAt, j.TimesSeen, j.Status, j.ClosedAt,
                j.Starred, j.Hidden, j.Notes, j.Feedback, row.Html, row.Text), json);
            if (++count % FlushEvery == 0)
            {
                writer.Flush();
                await output.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static ExportedSource ToExport(Source source)
    {
        var secrets = SourceCatalog.Get(source.Type).SecretOptions;
        var options = SourceOptionsCodec.Masked(source.OptionsJson);
        return new ExportedSource(source.Name, source.Type, source.Board, source.Url, source.BaseUrl, source.Schedule, source.Enabled,
            options.Where(o => !secrets.Contains(o.Key)).ToDictionary(),
            [.. options.Keys.Where(secrets.Contains)]);
    }

    private static ExportedAlertChannel ToExport(AlertChannel channel, Dictionary<int, string> profileNames)
    {
        List<string> omitted = [];
        if (channel.UrlProtected is not null)
        {
            omitted.Add("url");
        }

        if (channel.SecretProtected is not null)
        {
            omitted.Add("secret");
        }

        if (channel.SmtpProtected is not null)
        {
            omitted.Add("smtp");
        }

        return new ExportedAlertChannel(channel.Name, channel.Type, channel.MinScore,
            channel.ProfileId is { } id ? profileNames.GetValueOrDefault(id) : null, channel.Enabled, channel.DigestEnabled,
            channel.DigestTime, channel.QuietHours, channel.TimeZone, omitted);
    }

    internal static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, DataTransferJson.Options);
        }

        writer.WriteEndArray();
    }

    private static JsonElement ParseOrString(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(value);
        }
    }

    internal static IReadOnlyList<string> ReadList(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
