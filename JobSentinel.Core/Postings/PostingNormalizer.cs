using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Core.Postings;

/// <summary>
/// Turns what a board delivered into what the store keeps: cleaned title and company, locations and
/// workplace, salary (structured, else parsed from the salary text or the description) annualised in
/// US dollars, canonical URL, sanitized HTML and plain text, and the keys that identify the posting.
/// Sanitising is the expensive step, so content whose hash the store already holds skips it.
/// </summary>
public sealed class PostingNormalizer
{
    private const int MaxTitleLength = 500;
    private const int MaxCompanyLength = 300;

    /// <summary>Normalises a run's postings on every core; postings without a usable title are dropped.</summary>
    public IReadOnlyList<NormalizedPosting> NormalizeAll(
        IReadOnlyList<RawPosting> raw, string fallbackCompany, IReadOnlyDictionary<string, long> knownHashes, CancellationToken cancellationToken)
    {
        var results = new NormalizedPosting?[raw.Count];
        if (raw.Count < 64)
        {
            for (var i = 0; i < raw.Count; i++)
            {
                results[i] = Normalize(raw[i], fallbackCompany, knownHashes);
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, raw.Count, 256), new ParallelOptions { CancellationToken = cancellationToken }, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = Normalize(raw[i], fallbackCompany, knownHashes);
                }
            });
        }

        return [.. results.Where(r => r is not null).Select(r => r!)];
    }

    /// <summary>
    /// Normalises batch by batch on all cores but one, which is left to the store writing the previous
    /// batches: the two overlap instead of running one after the other. Batches that are still being read
    /// from a board's answer are read here too, so reading overlaps with storing as well.
    /// </summary>
    public async IAsyncEnumerable<NormalizedPosting[]> NormalizeBatchesAsync(
        IEnumerable<RawPosting[]> raw, string fallbackCompany, IReadOnlyDictionary<string, long> knownHashes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<NormalizedPosting[]>(new BoundedChannelOptions(16) { SingleReader = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                var workers = new ParallelOptions
                {
                    MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1),
                    CancellationToken = cancellationToken,
                };
                await Parallel.ForEachAsync(raw, workers, async (batch, token) =>
                {
                    var results = new List<NormalizedPosting>(batch.Length);
                    foreach (var posting in batch)
                    {
                        if (Normalize(posting, fallbackCompany, knownHashes) is { } normalized)
                        {
                            results.Add(normalized);
                        }
                    }

                    await channel.Writer.WriteAsync([.. results], token);
                });
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, cancellationToken);

        await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return batch;
        }

        await producer;
    }

    public NormalizedPosting? Normalize(RawPosting raw, string fallbackCompany, IReadOnlyDictionary<string, long> knownHashes)
    {
        var title = Clip(Clean(raw.Title), MaxTitleLength);
        if (title is null)
        {
            return null;
        }

        var company = Clip(Clean(raw.Company), MaxCompanyLength) ?? (string.IsNullOrWhiteSpace(fallbackCompany) ? "Unknown company" : fallbackCompany);
        var locations = raw.Locations.Count > 0
            ? raw.Locations.Select(Clean).Where(l => l is not null).Select(l => l!).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [.. LocationParser.Split(Clean(raw.Location))];
        var location = Clean(raw.Location) ?? (locations.Count > 0 ? string.Join("; ", locations) : null);
        var workplace = LocationParser.Detect(raw.Workplace, raw.RemoteFlag, location, title, locations);
        var url = UrlCanonicalizer.Canonicalize(raw.Url) ?? UrlCanonicalizer.Canonicalize(raw.ApplyUrl);

        // The hash covers everything the store writes, so an equal hash means nothing changed.
        var hash = (long)HtmlContent.ContentHash(
            raw.DescriptionHtml ?? raw.DescriptionText,
            string.Join('\u001f', title, company, location, string.Join('|', locations), raw.SalaryText, raw.SalaryMin, raw.SalaryMax, raw.SalaryCurrency, raw.SalaryPeriod),
            string.Join('\u001f', url, raw.ApplyUrl, raw.PostedAt?.Ticks, raw.UpdatedAt?.Ticks, raw.EmploymentType, raw.Department, string.Join(',', raw.Tags), raw.Workplace, raw.RemoteFlag));
        var posting = new NormalizedPosting
        {
            ExternalId = raw.ExternalId.Trim(),
            DedupKey = PostingKeys.DedupKey(company, title, workplace == WorkplaceType.Remote ? "remote" : locations.FirstOrDefault() ?? location),
            ContentHash = hash,
            Title = title,
            Company = company,
            Location = location,
            Locations = locations,
            Workplace = workplace,
            EmploymentType = Clean(raw.EmploymentType),
            Department = Clean(raw.Department),
            PostedAt = raw.PostedAt ?? raw.UpdatedAt,
            BoardUpdatedAt = raw.UpdatedAt,
            Url = url,
            ApplyUrl = UrlCanonicalizer.Canonicalize(raw.ApplyUrl),
            Tags = raw.Tags,
        };

        if (knownHashes.TryGetValue(posting.ExternalId, out var known) && known == hash)
        {
            return posting with { ContentUnchanged = true };
        }

        var (html, text) = Describe(raw);
        var salary = StructuredSalary(raw) ?? SalaryParser.Parse(raw.SalaryText) ?? SalaryParser.FindInText(text);
        return posting with
        {
            DescriptionHtml = html,
            DescriptionText = text,
            SalaryMin = salary?.Min is { } min ? (double)min : null,
            SalaryMax = salary?.Max is { } max ? (double)max : null,
            SalaryCurrency = salary?.Currency,
            SalaryPeriod = salary?.Period,
            SalaryAnnualUsd = salary is null ? null : SalaryAnnualizer.AnnualizedMidpoint(salary, "USD") is { } annual ? (double)annual : null,
        };
    }

    private static (string? Html, string? Text) Describe(RawPosting raw)
    {
        if (raw.DescriptionHtml is { Length: > 0 } delivered)
        {
            var html = HtmlContent.Sanitize(HtmlContent.RepairMojibake(HtmlContent.DecodeEscaped(delivered) ?? delivered));
            var text = raw.DescriptionText is { Length: > 0 } plain ? HtmlContent.RepairMojibake(plain) : HtmlContent.ToText(html);
            return (html, text);
        }

        if (raw.DescriptionText is { Length: > 0 } onlyText)
        {
            var text = HtmlContent.RepairMojibake(onlyText);
            return (HtmlFromText(text), text);
        }

        return (null, null);
    }

    /// <summary>Plain text shown as paragraphs, encoded so that nothing in it is markup.</summary>
    private static string HtmlFromText(string text) =>
        string.Concat(text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => "<p>" + System.Net.WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"));

    private static Salary? StructuredSalary(RawPosting raw) =>
        raw.SalaryMin is > 0 || raw.SalaryMax is > 0
            ? new Salary(raw.SalaryMin is > 0 ? raw.SalaryMin : null, raw.SalaryMax is > 0 ? raw.SalaryMax : null,
                (raw.SalaryCurrency ?? "USD").ToUpperInvariant(), raw.SalaryPeriod ?? SalaryPeriod.Year)
            : null;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var repaired = HtmlContent.RepairMojibake(System.Net.WebUtility.HtmlDecode(value));
        var words = repaired.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries); // every Unicode space, no-break ones included
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    private static string? Clip(string? value, int max) => value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
