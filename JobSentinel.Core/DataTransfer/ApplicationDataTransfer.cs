using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Applications;
using JobSentinel.Core.Contacts;
using JobSentinel.Core.Data;
using JobSentinel.Core.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Export and import of the application data: tracked applications, STAR records, contacts with their messages and
/// generated documents. Pipeline runs and steps, LLM calls and caches are derived or transient and stay out.
/// An import adds what is missing (by the natural keys of <see cref="ExportedApplication"/> and its siblings) and
/// leaves stored records as they are, so importing the same document twice creates nothing the second time.
/// </summary>
internal static class ApplicationDataTransfer
{
    public static async Task WriteAsync(Utf8JsonWriter writer, JobSentinelDbContext context, IReadOnlyDictionary<long, string> resumeHashes, CancellationToken cancellationToken)
    {
        var applications = await context.Applications.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var stars = await context.StarRecords.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var contacts = await context.Contacts.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var messages = (await context.Messages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken)).ToLookup(m => m.ContactId);
        var documents = await context.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);

        var jobIds = applications.Select(a => a.JobId).Concat(contacts.Select(c => c.SourceJobId))
            .Concat(messages.SelectMany(m => m).Select(m => m.JobId)).Concat(documents.Select(d => d.JobId))
            .OfType<long>().Distinct().ToList();
        var keys = await context.Jobs.Where(j => jobIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.DedupKey, cancellationToken);
        string? Key(long? jobId) => jobId is { } id ? keys.GetValueOrDefault(id) : null;

        DataExporter.WriteArray(writer, "applications", applications.Select(a => new ExportedApplication(
            Key(a.JobId), a.Title, a.Company, a.Url, a.Status, a.Position, a.Notes, a.AppliedAt, a.SalaryOffered, a.SalaryCurrency,
            a.NextAction, a.NextActionAt, ApplicationHistory.Read(a.HistoryJson), a.CreatedAt, a.UpdatedAt)));
        DataExporter.WriteArray(writer, "starRecords", stars.Select(s => new ExportedStarRecord(
            s.ResumeId is { } resumeId ? resumeHashes.GetValueOrDefault(resumeId) : null, s.Title, s.Situation, s.Task, s.Action, s.Result,
            DataExporter.ReadList(s.SkillsJson), s.Company, s.Role, s.SourceText, s.Status, s.CreatedAt, s.UpdatedAt)));
        DataExporter.WriteArray(writer, "contacts", contacts.Select(c => new ExportedContact(
            c.Name, c.Company, c.Role, c.Email, DataExporter.ReadList(c.LinksJson), c.Notes, c.Source, Key(c.SourceJobId), c.CreatedAt, c.UpdatedAt,
            [.. messages[c.Id].Select(m => new ExportedMessage(
                Key(m.JobId), m.Subject, m.Body, m.QualityScore, Element(m.QualityJson), m.Status, m.Provider, m.RejectReason,
                m.CreatedAt, m.UpdatedAt, m.ApprovedAt, m.SentAt))])));
        DataExporter.WriteArray(writer, "documents", documents.Where(d => resumeHashes.ContainsKey(d.ResumeId)).Select(d => new ExportedDocument(
            resumeHashes[d.ResumeId], Key(d.JobId), d.Kind, d.Title, Element(d.SectionsJson), Element(d.GeneratedSectionsJson), d.Provider,
            d.CreatedAt, d.UpdatedAt)));
    }

    /// <summary>Adds the document's application data; <paramref name="jobIds"/> are the postings the import just wrote.</summary>
    public static async Task<Dictionary<string, ImportCounts>> ImportAsync(
        JobSentinelDbContext context, ExportDocument document, IReadOnlyDictionary<string, long> jobIds, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, long>(jobIds, StringComparer.Ordinal);
        var wanted = (document.Applications ?? []).Select(a => a.JobDedupKey)
            .Concat((document.Contacts ?? []).SelectMany(c => (c.Messages ?? []).Select(m => m.JobDedupKey).Append(c.SourceJobDedupKey)))
            .Concat((document.Documents ?? []).Select(d => d.JobDedupKey))
            .OfType<string>().Where(k => !stored.ContainsKey(k)).Distinct().ToList();
        foreach (var job in await context.Jobs.Where(j => wanted.Contains(j.DedupKey)).Select(j => new { j.DedupKey, j.Id }).ToListAsync(cancellationToken))
        {
            stored[job.DedupKey] = job.Id;
        }

        long? Job(string? key) => key is not null && stored.TryGetValue(key, out var id) ? id : null; // a posting in neither place: unlinked
        var resumes = await context.Resumes.ToDictionaryAsync(r => r.Sha256, r => r.Id, StringComparer.Ordinal, cancellationToken);
        var applications = await ImportApplicationsAsync(context, document.Applications ?? [], Job, cancellationToken);
        var stars = await ImportStarRecordsAsync(context, document.StarRecords ?? [], resumes, cancellationToken);
        var (contacts, messages) = await ImportContactsAsync(context, document.Contacts ?? [], Job, cancellationToken);
        return new Dictionary<string, ImportCounts>
        {
            ["applications"] = applications,
            ["starRecords"] = stars,
            ["contacts"] = contacts,
            ["messages"] = messages,
            ["documents"] = await ImportDocumentsAsync(context, document.Documents ?? [], resumes, Job, cancellationToken),
        };
    }

    private static async Task<ImportCounts> ImportApplicationsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedApplication> applications, Func<string?, long?> job, CancellationToken cancellationToken)
    {
        var rows = await context.Applications.Select(a => new { a.JobId, a.Title, a.Company, a.CreatedAt }).ToListAsync(cancellationToken);
        var tracked = rows.Select(a => a.JobId).OfType<long>().ToHashSet();
        var seen = rows.Select(a => (a.Title, a.Company, a.CreatedAt)).ToHashSet();
        var created = 0;
        foreach (var a in applications)
        {
            var jobId = job(a.JobDedupKey);
            var title = a.Title!.Trim();
            var company = a.Company!.Trim();
            if ((jobId is { } id && !tracked.Add(id)) || !seen.Add((title, company, a.CreatedAt)))
            {
                continue;
            }

            context.Applications.Add(new TrackedApplication
            {
                JobId = jobId, Title = title, Company = company, Url = a.Url, Status = a.Status!.Value, Position = a.Position, Notes = a.Notes,
                AppliedAt = a.AppliedAt, SalaryOffered = a.SalaryOffered, SalaryCurrency = a.SalaryCurrency?.Trim().ToUpperInvariant(),
                NextAction = a.NextAction, NextActionAt = a.NextActionAt,
                HistoryJson = ApplicationHistory.Write(a.History ?? [new(a.Status.Value, a.CreatedAt)]),
                CreatedAt = a.CreatedAt, UpdatedAt = a.UpdatedAt,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, applications.Count - created);
    }

    private static async Task<ImportCounts> ImportStarRecordsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedStarRecord> records, IReadOnlyDictionary<string, long> resumes, CancellationToken cancellationToken)
    {
        var seen = (await context.StarRecords.Select(s => new { s.ResumeId, s.Title, s.CreatedAt }).ToListAsync(cancellationToken))
            .Select(s => (s.ResumeId, s.Title, s.CreatedAt)).ToHashSet();
        var created = 0;
        foreach (var s in records)
        {
            long? resumeId = s.ResumeSha256 is { } sha ? resumes[sha] : null;
            if (!seen.Add((resumeId, s.Title!.Trim(), s.CreatedAt)))
            {
                continue;
            }

            context.StarRecords.Add(new StarRecord
            {
                ResumeId = resumeId, Title = s.Title.Trim(), Situation = s.Situation ?? "", Task = s.Task ?? "", Action = s.Action ?? "",
                Result = s.Result ?? "", SkillsJson = JsonSerializer.Serialize(s.Skills ?? []), Company = s.Company, Role = s.Role,
                SourceText = s.SourceText, Status = s.Status, CreatedAt = s.CreatedAt, UpdatedAt = s.UpdatedAt,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, records.Count - created);
    }

    // A contact already stored is left as it is, but its messages missing from this app are added to it.
    private static async Task<(ImportCounts Contacts, ImportCounts Messages)> ImportContactsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedContact> contacts, Func<string?, long?> job, CancellationToken cancellationToken)
    {
        var storedContacts = await context.Contacts.ToListAsync(cancellationToken);
        var byKey = new Dictionary<string, Contact>(StringComparer.OrdinalIgnoreCase);
        foreach (var contact in storedContacts)
        {
            byKey.TryAdd(ContactKey(contact.Name, contact.Company, contact.Email), contact);
        }

        var storedMessages = (await context.Messages.Select(m => new { m.ContactId, m.Subject, m.CreatedAt }).ToListAsync(cancellationToken))
            .Select(m => (m.ContactId, m.Subject, m.CreatedAt)).ToHashSet();
        int created = 0, messagesCreated = 0;
        List<(Contact Contact, ExportedMessage Message)> pending = [];
        foreach (var c in contacts)
        {
            if (!byKey.TryGetValue(ContactKey(c.Name, c.Company, c.Email), out var contact))
            {
                contact = new Contact
                {
                    Name = c.Name!.Trim(), Company = c.Company, Role = c.Role, Email = c.Email?.Trim(), LinksJson = JsonSerializer.Serialize(c.Links ?? []),
                    Notes = c.Notes, Source = c.Source ?? "manual", SourceJobId = job(c.SourceJobDedupKey), CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt,
                };
                context.Contacts.Add(contact);
                byKey[ContactKey(c.Name, c.Company, c.Email)] = contact;
                created++;
            }

            pending.AddRange((c.Messages ?? []).Select(m => (contact, m!)));
        }

        await context.SaveChangesAsync(cancellationToken); // the new contacts get their ids
        foreach (var (contact, m) in pending)
        {
            if (!storedMessages.Add((contact.Id, m.Subject!, m.CreatedAt)))
            {
                continue;
            }

            context.Messages.Add(new OutreachMessage
            {
                ContactId = contact.Id, JobId = job(m.JobDedupKey), Subject = m.Subject!, Body = m.Body!, QualityScore = m.QualityScore,
                QualityJson = m.Quality is { ValueKind: JsonValueKind.Object } quality ? quality.GetRawText() : "{}", Status = m.Status,
                Provider = m.Provider, RejectReason = m.RejectReason, CreatedAt = m.CreatedAt, UpdatedAt = m.UpdatedAt,
                ApprovedAt = m.ApprovedAt, SentAt = m.SentAt,
            });
            messagesCreated++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return (new ImportCounts(created, 0, contacts.Count - created), new ImportCounts(messagesCreated, 0, pending.Count - messagesCreated));
    }

    private static async Task<ImportCounts> ImportDocumentsAsync(
        JobSentinelDbContext context, IReadOnlyList<ExportedDocument> documents, IReadOnlyDictionary<string, long> resumes, Func<string?, long?> job,
        CancellationToken cancellationToken)
    {
        var seen = (await context.Documents.Select(d => new { d.ResumeId, d.Kind, d.Title, d.CreatedAt }).ToListAsync(cancellationToken))
            .Select(d => (d.ResumeId, d.Kind, d.Title, d.CreatedAt)).ToHashSet();
        var created = 0;
        foreach (var d in documents)
        {
            var resumeId = resumes[d.ResumeSha256!];
            if (!seen.Add((resumeId, d.Kind, d.Title!.Trim(), d.CreatedAt)))
            {
                continue;
            }

            context.Documents.Add(new GeneratedDocument
            {
                ResumeId = resumeId, JobId = job(d.JobDedupKey), Kind = d.Kind, Title = d.Title.Trim(),
                SectionsJson = d.Sections?.GetRawText() ?? "[]",
                GeneratedSectionsJson = (d.GeneratedSections ?? d.Sections)?.GetRawText() ?? "[]",
                Provider = d.Provider, CreatedAt = d.CreatedAt, UpdatedAt = d.UpdatedAt,
            });
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ImportCounts(created, 0, documents.Count - created);
    }

    internal static string ContactKey(string? name, string? company, string? email) =>
        string.IsNullOrWhiteSpace(email) ? $"name:{name?.Trim()}\u001f{company?.Trim()}" : $"email:{email.Trim()}";

    private static JsonElement? Element(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
