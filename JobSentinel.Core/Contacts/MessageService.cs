using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Data;
using JobSentinel.Core.Generation;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Core.Contacts;

/// <summary>
/// Outreach messages: drafted from the contact, the posting and the user's resume and Accepted STAR records
/// (by the LLM when one answers and its text passes the guard, else by the template), scored, edited, and moved
/// through draft → approved → sent | rejected. Nothing here sends anything: "sent" records that the user sent an
/// approved message, and only an approved one can be marked so.
/// </summary>
public sealed partial class MessageService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ITextGenerator generator,
    SkillTaxonomy taxonomy,
    TimeProvider timeProvider,
    ILogger<MessageService> logger)
{
    public const string TemplateProvider = "template";

    public async Task<IReadOnlyList<MessageView>?> ListAsync(long contactId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await context.Contacts.AnyAsync(c => c.Id == contactId, cancellationToken))
        {
            return null;
        }

        var messages = await context.Messages.AsNoTracking().Where(m => m.ContactId == contactId).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
        return [.. messages.Select(MessageView.Of)];
    }

    public async Task<MessageView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is { } message ? MessageView.Of(message) : null;
    }

    /// <summary>
    /// Drafts a message to the contact, about the posting when given, from the given resume (else the newest) and its
    /// Accepted STAR records; the pipeline calls this for known contacts at the company with the run's resume.
    /// </summary>
    public async Task<DraftOutcome> CreateDraftAsync(long contactId, long? jobId, long? resumeId, long? runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contact = await context.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return DraftOutcome.NotFound($"There is no contact with id {contactId}.");
        }

        JobPosting? job = null;
        if (jobId is { } id)
        {
            job = await context.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (job is null)
            {
                return DraftOutcome.NotFound($"There is no job with id {id}.");
            }
        }

        var resumes = context.Resumes.AsNoTracking();
        var resume = resumeId is { } rid
            ? await resumes.SingleOrDefaultAsync(r => r.Id == rid, cancellationToken)
            : await resumes.OrderByDescending(r => r.UploadedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (resumeId is not null && resume is null)
        {
            return DraftOutcome.NotFound($"There is no resume with id {resumeId}.");
        }

        var sources = await SourcesAsync(context, contact, job, resume, cancellationToken);
        var outcome = await generator.GenerateAsync(
            new LlmRequest("outreach", OutreachComposer.System, OutreachComposer.Prompt(sources), 600, $"contact:{contactId}"), cancellationToken);
        var text = OutreachComposer.Parse(outcome.Text);
        var provider = outcome.Provider;
        var fallback = outcome.FallbackReason;
        if (outcome.Text is not null)
        {
            var problems = text is null ? ["the answer has no \"Subject:\" line and body"] : OutreachComposer.Check(text, sources);
            if (problems.Count > 0)
            {
                fallback = "LLM text refused: " + string.Join("; ", problems);
                LogRefused(logger, contactId, fallback);
                text = null;
            }
        }

        if (text is null)
        {
            text = OutreachComposer.Template(sources);
            provider = TemplateProvider;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var quality = MessageQualityScorer.Score(text.Subject, text.Body, sources.Context);
        var message = new OutreachMessage
        {
            ContactId = contactId,
            JobId = job?.Id,
            RunId = runId,
            Subject = Truncate(text.Subject, 300),
            Body = Truncate(text.Body, 20_000),
            QualityScore = quality.Score,
            QualityJson = JsonSerializer.Serialize(quality, MessageView.Json),
            Status = MessageStatus.Draft,
            Provider = provider,
            CreatedAt = now,
            UpdatedAt = now,
        };
        context.Messages.Add(message);
        await context.SaveChangesAsync(cancellationToken);
        return new DraftOutcome(MessageView.Of(message), null, outcome.Tokens, outcome.CostUsd, fallback, outcome.Sent);
    }

    /// <summary>Edits a draft or an approved message (which goes back to draft: it must be approved again) and rescores it.</summary>
    public async Task<MessageChange> UpdateAsync(long id, MessageEdit edit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var message = await context.Messages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return MessageChange.Missing;
        }

        if (message.Status is MessageStatus.Sent or MessageStatus.Rejected)
        {
            return new MessageChange(MessageView.Of(message), false, $"A {Lower(message.Status)} message cannot be edited; draft a new one.");
        }

        Dictionary<string, string[]> errors = [];
        if (edit.Subject is not null && (string.IsNullOrWhiteSpace(edit.Subject) || edit.Subject.Trim().Length > 300))
        {
            errors["subject"] = ["Subject is required and may be at most 300 characters."];
        }

        if (edit.Body is not null && (string.IsNullOrWhiteSpace(edit.Body) || edit.Body.Length > 20_000))
        {
            errors["body"] = ["Body is required and may be at most 20000 characters."];
        }

        if (errors.Count > 0)
        {
            return new MessageChange(null, false, null, errors);
        }

        message.Subject = edit.Subject?.Trim() ?? message.Subject;
        message.Body = edit.Body?.Trim() ?? message.Body;
        var quality = MessageQualityScorer.Score(message.Subject, message.Body, await ContextOfAsync(context, message, cancellationToken));
        message.QualityScore = quality.Score;
        message.QualityJson = JsonSerializer.Serialize(quality, MessageView.Json);
        message.Status = MessageStatus.Draft;
        message.ApprovedAt = null;
        message.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return new MessageChange(MessageView.Of(message), false, null);
    }

    public Task<MessageChange> ApproveAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, m => m.Status == MessageStatus.Draft ? null : $"Only a draft can be approved; this message is {Lower(m.Status)}.", (m, now) =>
        {
            m.Status = MessageStatus.Approved;
            m.ApprovedAt = now;
        }, cancellationToken);

    public Task<MessageChange> RejectAsync(long id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, m => m.Status is MessageStatus.Draft or MessageStatus.Approved ? null : $"Only a draft or an approved message can be rejected; this message is {Lower(m.Status)}.", (m, _) =>
        {
            m.Status = MessageStatus.Rejected;
            m.RejectReason = string.IsNullOrWhiteSpace(reason) ? null : Truncate(reason.Trim(), 1000);
        }, cancellationToken);

    /// <summary>Records that the user sent the message; only an approved message can be marked sent.</summary>
    public Task<MessageChange> MarkSentAsync(long id, CancellationToken cancellationToken) =>
        ChangeAsync(id, m => m.Status switch
        {
            MessageStatus.Approved => null,
            MessageStatus.Draft => "This message is a draft: approve it first.",
            MessageStatus.Sent => "This message is already marked as sent.",
            _ => "This message was rejected; it cannot be sent. Draft a new one and approve it first.",
        }, (m, now) =>
        {
            m.Status = MessageStatus.Sent;
            m.SentAt = now;
        }, cancellationToken);

    private async Task<MessageChange> ChangeAsync(
        long id, Func<OutreachMessage, string?> conflict, Action<OutreachMessage, DateTime> apply, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var message = await context.Messages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return MessageChange.Missing;
        }

        if (conflict(message) is { } problem)
        {
            return new MessageChange(MessageView.Of(message), false, problem);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        apply(message, now);
        message.UpdatedAt = now;
        await context.SaveChangesAsync(cancellationToken);
        return new MessageChange(MessageView.Of(message), false, null);
    }

    private static async Task<MessageContext> ContextOfAsync(JobSentinelDbContext context, OutreachMessage message, CancellationToken cancellationToken)
    {
        var contact = await context.Contacts.AsNoTracking().SingleAsync(c => c.Id == message.ContactId, cancellationToken);
        var job = message.JobId is { } jobId ? await context.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken) : null;
        return new MessageContext(contact.Name, job?.Company ?? contact.Company, contact.Role, job?.Title);
    }

    private async Task<OutreachSources> SourcesAsync(JobSentinelDbContext context, Contact contact, JobPosting? job, Resume? resume, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> requirements = [];
        var jobText = "";
        if (job is not null)
        {
            jobText = await context.JobDescriptions.AsNoTracking().Where(d => d.JobId == job.Id).Select(d => d.Text).SingleOrDefaultAsync(cancellationToken) ?? "";
            requirements = [.. taxonomy.FindIn(jobText).Select(s => s.Skill).Take(2)];
        }

        long? resumeId = resume?.Id;
        var stars = await context.StarRecords.AsNoTracking()
            .Where(s => s.Status == StarRecordStatus.Accepted && (s.ResumeId == null || s.ResumeId == resumeId))
            .OrderByDescending(s => s.UpdatedAt).ToListAsync(cancellationToken);
        ParsedResume? parsed = null;
        if (resume is not null)
        {
            try
            {
                parsed = AnalysisJson.Read<ParsedResume>(resume.ParseJson);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                parsed = null;
            }
        }

        var achievement = Achievement(stars, parsed, requirements);
        var candidate = resume?.CandidateName ?? parsed?.Contact.Name;
        var company = job?.Company ?? contact.Company;
        var sourceText = string.Join("\n", new[]
        {
            contact.Name, contact.Company, contact.Role, contact.Notes, job?.Title, job?.Company, jobText, resume?.Text, candidate,
        }.Concat(stars.Select(s => $"{s.Title} {s.Situation} {s.Task} {s.Action} {s.Result} {s.Company} {s.Role}")).OfType<string>());
        var role = contact.Role == ContactExtractor.InboxRole ? null : contact.Role;
        return new OutreachSources(contact.Name, role, company, job?.Title, requirements, candidate, achievement, sourceText);
    }

    // The STAR record sharing most skills with the posting (the newest on a tie); else a resume bullet with a result in it.
    private static string? Achievement(List<StarRecord> stars, ParsedResume? resume, IReadOnlyList<string> requirements)
    {
        var star = stars
            .Select(s => (Record: s, Overlap: (JsonSerializer.Deserialize<List<string>>(s.SkillsJson) ?? []).Count(k => requirements.Contains(k, StringComparer.OrdinalIgnoreCase))))
            .OrderByDescending(s => s.Overlap)
            .Select(s => s.Record)
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Action) || !string.IsNullOrWhiteSpace(s.Result));
        if (star is not null)
        {
            var action = LowerFirst(star.Action.Trim().TrimEnd('.'));
            var result = star.Result.Trim().TrimEnd('.');
            var where = star.Company is { Length: > 0 } company ? $"at {company} " : "";
            return (action.Length, result.Length) switch
            {
                (> 0, > 0) => $"{where}I {StripI(action)}, and {LowerFirst(result)}",
                (> 0, _) => $"{where}I {StripI(action)}",
                _ => $"{where}{LowerFirst(result)}",
            };
        }

        var bullet = resume?.Roles.SelectMany(r => r.Bullets.Select(b => (Role: r, Bullet: b.Trim().TrimStart('-', '•', '*', ' '))))
            .Where(b => b.Bullet.Length is > 20 and < 300)
            .OrderByDescending(b => b.Bullet.Any(char.IsDigit))
            .FirstOrDefault();
        return bullet is { Bullet: { } text } && text.Length > 0
            ? (bullet.Value.Role.Company is { Length: > 0 } employer ? $"at {employer} I {LowerFirst(StripI(text.TrimEnd('.')))}" : LowerFirst(text.TrimEnd('.')))
            : null;
    }

    private static string StripI(string text) => text.StartsWith("i ", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Lower(MessageStatus status) => status.ToString().ToLowerInvariant();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Outreach to contact {ContactId}: {Reason}; the template wrote the message")]
    private static partial void LogRefused(ILogger logger, long contactId, string reason);
}
