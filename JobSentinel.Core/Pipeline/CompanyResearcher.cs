using System.Globalization;
using JobSentinel.Core.Data;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Company research from what is stored: the company's postings (names compared after <see cref="CompanyNames.Normalize"/>)
/// and the posting at hand. Kept in the company cache for <see cref="PipelineOptions.CompanyCacheDays"/>.
/// </summary>
public sealed class CompanyResearcher(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    SkillTaxonomy taxonomy,
    IOptionsMonitor<PipelineOptions> options,
    TimeProvider timeProvider)
{
    private const int MaxPostingsRead = 300;
    private const int MaxListed = 8;

    /// <summary>The research and whether it came from the cache.</summary>
    public async Task<(CompanyProfile Profile, bool Cached)> ResearchAsync(string company, string jobText, CancellationToken cancellationToken)
    {
        var key = Key(company);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var cached = await context.CompanyCache.SingleOrDefaultAsync(c => c.CompanyKey == key, cancellationToken);
        if (cached is not null && cached.ExpiresAt > now)
        {
            return (AnalysisJson.Read<CompanyProfile>(cached.DataJson), true);
        }

        var profile = await BuildAsync(context, company, key, jobText, now, cancellationToken);
        cached ??= context.CompanyCache.Add(new CompanyResearch { CompanyKey = key, Company = company }).Entity;
        cached.Company = company;
        cached.DataJson = AnalysisJson.Write(profile);
        cached.CreatedAt = now;
        cached.ExpiresAt = now.AddDays(options.CurrentValue.CompanyCacheDays);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another run researched the same company at the same moment and stored it first: its entry stands.
        }

        return (profile, false);
    }

    /// <summary>Removes one company's research (any spelling that normalises the same); how many entries.</summary>
    public async Task<int> ClearAsync(string company, CancellationToken cancellationToken)
    {
        var key = Key(company);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.CompanyCache.Where(c => c.CompanyKey == key).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<int> ClearAllAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.CompanyCache.ExecuteDeleteAsync(cancellationToken);
    }

    public static string Key(string company)
    {
        var key = CompanyNames.Normalize(company);
        return key.Length == 0 ? company.Trim().ToLowerInvariant() : key;
    }

    private async Task<CompanyProfile> BuildAsync(
        JobSentinelDbContext context, string company, string key, string jobText, DateTime now, CancellationToken cancellationToken)
    {
        // A LIKE on the name's first word narrows the scan; the normalised comparison decides.
        var firstWord = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? key;
        var pattern = "%" + firstWord.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
        var candidates = await (from posting in context.Jobs.AsNoTracking()
                                join description in context.JobDescriptions on posting.Id equals description.JobId into descriptions
                                from description in descriptions.DefaultIfEmpty()
                                where EF.Functions.Like(posting.Company, pattern) && posting.Status == JobStatus.Open
                                orderby posting.Id descending
                                select new
                                {
                                    posting.Company,
                                    posting.Location,
                                    posting.Department,
                                    posting.SalaryMin,
                                    posting.SalaryMax,
                                    posting.SalaryCurrency,
                                    description.Text,
                                }).Take(MaxPostingsRead * 4).ToListAsync(cancellationToken);
        var postings = candidates.Where(p => CompanyNames.Normalize(p.Company) == key).Take(MaxPostingsRead).ToList();

        var technologies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in postings.Select(p => p.Text).Append(jobText))
        {
            foreach (var mention in taxonomy.FindIn(text ?? ""))
            {
                technologies[mention.Skill] = technologies.GetValueOrDefault(mention.Skill) + 1;
            }
        }

        var currency = postings.Where(p => p.SalaryCurrency is not null && (p.SalaryMin ?? p.SalaryMax) is not null)
            .GroupBy(p => p.SalaryCurrency).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var paid = postings.Where(p => p.SalaryCurrency == currency && currency is not null).ToList();
        double? salaryMin = paid.Select(p => p.SalaryMin ?? p.SalaryMax).Min();
        double? salaryMax = paid.Select(p => p.SalaryMax ?? p.SalaryMin).Max();
        List<string> locations = [.. Top(postings.Select(p => p.Location))];
        List<string> departments = [.. Top(postings.Select(p => p.Department))];
        List<string> topTechnologies = [.. technologies.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(MaxListed * 2).Select(t => t.Key)];
        return new CompanyProfile(company, postings.Count, locations, departments, topTechnologies, salaryMin, salaryMax, currency,
            Summarize(company, postings.Count, locations, departments, topTechnologies, salaryMin, salaryMax, currency), now);
    }

    private static IEnumerable<string> Top(IEnumerable<string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxListed).Select(g => g.First());

    private static string Summarize(
        string company, int openRoles, List<string> locations, List<string> departments, List<string> technologies,
        double? salaryMin, double? salaryMax, string? currency)
    {
        var text = openRoles switch
        {
            0 => $"{company} has no other open roles stored here.",
            1 => $"{company} has 1 open role stored here",
            _ => $"{company} has {openRoles} open roles stored here",
        };
        if (openRoles > 0)
        {
            text += (departments.Count > 0 ? $", in {string.Join(", ", departments.Take(3))}" : "")
                + (locations.Count > 0 ? $" ({string.Join(", ", locations.Take(3))})" : "") + ".";
        }

        if (technologies.Count > 0)
        {
            text += $" Technologies mentioned: {string.Join(", ", technologies.Take(6))}.";
        }

        if (salaryMin is not null && salaryMax is not null)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" Salary range posted: {salaryMin:N0}–{salaryMax:N0} {currency}.");
        }

        return text;
    }
}
