using System.Net;
using System.Text.RegularExpressions;
using JobSentinel.Core.Data;
using JobSentinel.Core.Features;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Contacts;

/// <summary>What discovery in one posting came to: the contacts, or the job was not found, or discovery is turned off.</summary>
public sealed record DiscoveryOutcome(DiscoveryResult? Result, bool NotFound, string? Disabled);

/// <summary>
/// Contacts: added by hand, imported from CSV (all valid rows or nothing when the file is malformed), or discovered
/// in posting text behind the <c>contactDiscovery</c> flag; searched by keywords and meaning. Deleting a contact
/// deletes its messages (a cascade in the database).
/// </summary>
public sealed partial class ContactService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    ContactSearch search,
    FeatureFlags flags,
    TimeProvider timeProvider)
{
    public const string DiscoveryOff = "Contact discovery is turned off. Turn on the 'contactDiscovery' feature flag (Settings → Feature flags) to find contacts in postings.";

    public async Task<PagedResult<ContactView>> ListAsync(ContactQuery query, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = context.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Company))
        {
            var company = query.Company.Trim().ToLower();
            contacts = contacts.Where(c => c.Company != null && c.Company.ToLower() == company);
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            contacts = contacts.Where(c => c.Source == query.Source);
        }

        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = "%" + query.Q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            contacts = contacts.Where(c => EF.Functions.Like(c.Name, pattern, "\\") || EF.Functions.Like(c.Email ?? "", pattern, "\\")
                || EF.Functions.Like(c.Company ?? "", pattern, "\\") || EF.Functions.Like(c.Role ?? "", pattern, "\\") || EF.Functions.Like(c.Notes ?? "", pattern, "\\"));
        }

        var total = await contacts.CountAsync(cancellationToken);
        var page = await contacts.OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PagedResult<ContactView>([.. page.Select(ContactView.Of)], total, query.Page, query.PageSize);
    }

    public async Task<ContactView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) is { } contact ? ContactView.Of(contact) : null;
    }

    public async Task<SaveResult<ContactView>> CreateAsync(ContactDraft draft, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var contact = new Contact { Name = "", Source = ContactSources.Manual, CreatedAt = now, UpdatedAt = now };
        var errors = ContactRules.Apply(contact, draft, creating: true);
        if (errors.Count > 0)
        {
            return SaveResult<ContactView>.Invalid(errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Contacts.Add(contact);
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<ContactView>.Saved(ContactView.Of(contact));
    }

    public async Task<SaveResult<ContactView>> UpdateAsync(long id, ContactDraft changes, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contact = await context.Contacts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return SaveResult<ContactView>.Missing;
        }

        var errors = ContactRules.Apply(contact, changes, creating: false);
        if (errors.Count > 0)
        {
            return SaveResult<ContactView>.Invalid(errors);
        }

        contact.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        return SaveResult<ContactView>.Saved(ContactView.Of(contact));
    }

    /// <summary>Deletes the contact and, by the database's cascade, every message to it.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Contacts.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>
    /// Imports a contacts CSV in one transaction: valid rows are added, duplicates (same email, or same name and
    /// company, among stored contacts or earlier rows) skipped, invalid rows reported by line. A file that cannot be
    /// read as a whole throws <see cref="ContactCsvException"/> and adds nothing.
    /// </summary>
    public async Task<ContactImportResult> ImportAsync(ReadOnlyMemory<byte> csv, CancellationToken cancellationToken)
    {
        var rows = ContactCsv.Parse(csv.Span);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var known = await KnownAsync(context, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        List<ImportError> errors = [];
        var (imported, skipped) = (0, 0);
        foreach (var row in rows)
        {
            var contact = new Contact { Name = "", Source = ContactSources.Csv, CreatedAt = now, UpdatedAt = now };
            var problems = ContactRules.Apply(contact, row.Draft, creating: true);
            if (problems.Count > 0)
            {
                errors.Add(new ImportError(row.Line, string.Join(" ", problems.Values.SelectMany(p => p))));
                continue;
            }

            if (!known.Add(contact))
            {
                skipped++;
                continue;
            }

            context.Contacts.Add(contact);
            imported++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new ContactImportResult(imported, skipped, errors);
    }

    /// <summary>Finds contacts in a posting's text and adds the new ones (source "discovered"); answers every one found.</summary>
    public async Task<DiscoveryOutcome> DiscoverAsync(long jobId, CancellationToken cancellationToken)
    {
        if (!await flags.IsEnabledAsync(FeatureNames.ContactDiscovery, $"job:{jobId}", cancellationToken))
        {
            return new DiscoveryOutcome(null, false, DiscoveryOff);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var job = await context.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null)
        {
            return new DiscoveryOutcome(null, true, null);
        }

        var description = await context.JobDescriptions.AsNoTracking().SingleOrDefaultAsync(d => d.JobId == jobId, cancellationToken);
        var text = description?.Text ?? (description?.Html is { } html ? WebUtility.HtmlDecode(Tags().Replace(html, "\n")) : "");
        var known = await KnownAsync(context, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        List<Contact> found = [];
        var created = 0;
        foreach (var person in ContactExtractor.Extract(text))
        {
            var contact = new Contact
            {
                Name = person.Name.Length > ContactRules.MaxNameLength ? person.Name[..ContactRules.MaxNameLength] : person.Name,
                Email = person.Email is { } email && ContactRules.IsEmail(email) ? email : null,
                Company = job.Company,
                Role = person.Role,
                Notes = $"Found in \"{job.Title}\" at {job.Company}: {Clip(person.Evidence, 300)}",
                Source = ContactSources.Discovered,
                SourceJobId = job.Id,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (known.Find(contact) is { } existing)
            {
                found.Add(existing);
                continue;
            }

            known.Add(contact);
            context.Contacts.Add(contact);
            found.Add(contact);
            created++;
        }

        await context.SaveChangesAsync(cancellationToken);
        return new DiscoveryOutcome(new DiscoveryResult([.. found.Distinct().Select(ContactView.Of)], created), false, null);
    }

    /// <summary>Ranked search (BM25 with synonym and skill expansion) over every contact.</summary>
    public async Task<PagedResult<ContactSearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var contacts = await context.Contacts.AsNoTracking().ToListAsync(cancellationToken);
        var hits = search.Search(contacts.Select(ContactView.Of), query);
        return new PagedResult<ContactSearchHit>([.. hits.Take(limit)], hits.Count, 1, limit);
    }

    private static async Task<KnownContacts> KnownAsync(JobSentinelDbContext context, CancellationToken cancellationToken) =>
        new(await context.Contacts.AsNoTracking().ToListAsync(cancellationToken));

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    [GeneratedRegex("<[^>]+>", RegexOptions.None, 1000)]
    private static partial Regex Tags();

    // Duplicates: the same email, or the same name at the same company (case-insensitive).
    private sealed class KnownContacts
    {
        private readonly Dictionary<string, Contact> byEmail = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Contact> byName = new(StringComparer.OrdinalIgnoreCase);

        public KnownContacts(IEnumerable<Contact> contacts)
        {
            foreach (var contact in contacts)
            {
                Add(contact);
            }
        }

        public Contact? Find(Contact contact) =>
            (contact.Email is { } email ? byEmail.GetValueOrDefault(email) : null) ?? byName.GetValueOrDefault(NameKey(contact));

        /// <summary>False when it is a duplicate of a known contact.</summary>
        public bool Add(Contact contact)
        {
            if (Find(contact) is not null)
            {
                return false;
            }

            if (contact.Email is { } email)
            {
                byEmail[email] = contact;
            }

            byName.TryAdd(NameKey(contact), contact);
            return true;
        }

        private static string NameKey(Contact contact) => $"{contact.Name.Trim()}\n{contact.Company?.Trim()}";
    }
}
