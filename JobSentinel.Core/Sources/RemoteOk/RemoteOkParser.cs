using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.RemoteOk;

/// <summary>Reads RemoteOK's public API: a bare array whose first element is a legal notice.</summary>
public static class RemoteOkParser
{
    private const string Board = "RemoteOK";

    // RemoteOK appends this anti-spam footer to every posting, so the text before it is the real body.
    private const string SpamFooter = "Please mention the word";

    private const string ReadMore = "READ MORE";

    // How feeds cut an excerpt: "…" as is, as an entity, in WordPress brackets, or as mojibake
    // ("â€¦" or "â\u0080¦", left for normalisation to repair). Three plain dots are not here:
    // real postings end with "and more..." too.
    private static readonly string[] Ellipses = ["…", "…]", "&hellip;", "&hellip;]", "&#8230;", "&#8230;]", "â€¦", "â\u0080¦"];

    /// <summary>Parses <c>GET https://remoteok.com/api</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireArray(document.RootElement, Board, "the job list");

        var postings = new List<RawPosting>(root.GetArrayLength());
        foreach (var element in root.EnumerateArray())
        {
            if (Read(element) is { } posting)
            {
                postings.Add(posting);
            }
        }

        return postings;
    }

    private static RawPosting? Read(JsonElement element)
    {
        // The legal notice (element 0) and any other non-posting carry no id or position.
        var id = element.String("id");
        var title = element.String("position");
        var description = element.String("description");
        if (id is null || title is null || IsBlogTeaser(description))
        {
            return null;
        }

        var tags = new List<string>();
        element.AddStrings("tags", tags);

        // 0 is RemoteOK's "not stated", never a salary.
        var salaryMin = PositiveOrNull(element.Decimal("salary_min"));
        var salaryMax = PositiveOrNull(element.Decimal("salary_max"));
        var hasSalary = salaryMin is not null || salaryMax is not null;

        return new RawPosting
        {
            ExternalId = id,
            Title = title,
            Company = element.String("company"),
            Location = CleanLocation(element.String("location")),
            RemoteFlag = true,
            Url = element.String("url"),
            ApplyUrl = element.String("apply_url"),
            DescriptionHtml = description,
            PostedAt = PayloadDates.FromEpoch(element.Int64("epoch")) ?? PayloadDates.FromIso(element.String("date")),
            SalaryMin = salaryMin,
            SalaryMax = salaryMax,
            SalaryCurrency = hasSalary ? "USD" : null,
            SalaryPeriod = hasSalary ? SalaryPeriod.Year : null,
            Tags = tags,
        };
    }

    /// <summary>
    /// RemoteOK imports blog articles from feeds and lists them as jobs. Those entries are excerpts:
    /// the body stops at an ellipsis (often followed by "READ MORE") right before RemoteOK's own
    /// anti-spam footer. A real posting carries its full text, so a body that ends in an ellipsis or
    /// a "READ MORE" link is an article teaser, whatever its title, tags or company say.
    /// </summary>
    private static bool IsBlogTeaser(string? description)
    {
        if (description is null)
        {
            return false;
        }

        var footer = description.IndexOf(SpamFooter, StringComparison.Ordinal);
        var body = (footer >= 0 ? description.AsSpan(0, footer) : description.AsSpan()).TrimEnd();

        // Line breaks RemoteOK puts before the footer are not part of the article.
        while (body.EndsWith("<br/>", StringComparison.OrdinalIgnoreCase) || body.EndsWith("<br>", StringComparison.OrdinalIgnoreCase))
        {
            body = body[..body.LastIndexOf('<')].TrimEnd();
        }

        if (body.EndsWith(ReadMore, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var ellipsis in Ellipses)
        {
            if (body.EndsWith(ellipsis, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static decimal? PositiveOrNull(decimal? value) => value > 0 ? value : null;

    // RemoteOK builds "City, Country" and leaves ", " behind when the country is empty ("Sonipat, ").
    private static string? CleanLocation(string? location) => PayloadText.Clean(location?.TrimEnd(',', ' '));
}
