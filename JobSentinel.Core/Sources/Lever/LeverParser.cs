using System.Net;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Lever;

/// <summary>Reads Lever's public postings API into <see cref="RawPosting"/>s.</summary>
public static class LeverParser
{
    /// <summary>Parses one page of <c>GET https://api.lever.co/v0/postings/{site}?mode=json&amp;skip=&amp;limit=</c>.</summary>
    public static IReadOnlyList<RawPosting> ParsePage(string json, string site)
    {
        var source = AtsJson.Describe("Lever", "site", site);
        using var document = AtsJson.Parse(json, source);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            // An unknown site answers {"ok":false,"error":"Document not found"}.
            throw new SourceFormatException($"{source} answered with JSON that is not a list of postings.");
        }

        return AtsJson.MapEach<LeverPosting>(document.RootElement, AtsJson.CamelCase, ToPosting);
    }

    private static RawPosting? ToPosting(LeverPosting posting)
    {
        if (posting.Id is null || posting.Text is null)
        {
            return null;
        }

        var categories = posting.Categories;
        var salary = posting.SalaryRange is { } range
            ? StructuredSalary.From(range.Min, range.Max, range.Currency, range.Interval)
            : default;
        return new RawPosting
        {
            ExternalId = posting.Id,
            Title = posting.Text,
            // Lever never names the company: the caller uses the site.
            Location = categories?.Location,
            Locations = Locations(categories),
            Workplace = AtsText.ParseWorkplace(posting.WorkplaceType),
            Url = posting.HostedUrl,
            ApplyUrl = posting.ApplyUrl,
            DescriptionHtml = DescriptionHtml(posting),
            DescriptionText = DescriptionText(posting),
            PostedAt = AtsDates.FromEpoch(posting.CreatedAt),
            EmploymentType = categories?.Commitment,
            Department = categories?.Department ?? categories?.Team,
            SalaryMin = salary.Min,
            SalaryMax = salary.Max,
            SalaryCurrency = salary.Currency,
            SalaryPeriod = salary.Period,
        };
    }

    private static List<string> Locations(LeverCategories? categories)
    {
        List<string> locations = [];
        foreach (var location in categories?.AllLocations ?? [])
        {
            AtsText.AddDistinct(locations, location);
        }

        if (locations.Count == 0)
        {
            AtsText.AddDistinct(locations, categories?.Location);
        }

        return locations;
    }

    // Requirements live only in lists[], so the full advert is description + lists + additional.
    private static string? DescriptionHtml(LeverPosting posting)
    {
        var html = new StringBuilder();
        html.Append(posting.Description);
        foreach (var list in posting.Lists ?? [])
        {
            if (list?.Text is { } heading)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3>");
            }

            if (list?.Content is { } items)
            {
                html.Append("<ul>").Append(items).Append("</ul>");
            }
        }

        html.Append(posting.Additional);
        return html.Length == 0 ? null : html.ToString();
    }

    private static string? DescriptionText(LeverPosting posting)
    {
        var text = new StringBuilder();
        AppendParagraph(text, posting.DescriptionPlain);
        foreach (var list in posting.Lists ?? [])
        {
            if (list is null || (list.Text is null && list.Content is null))
            {
                continue;
            }

            StartParagraph(text);
            if (list.Text is { } heading)
            {
                text.Append(heading).Append('\n');
            }

            if (list.Content is { } items)
            {
                HtmlPlainText.AppendListItemsAsLines(text, items);
            }
        }

        AppendParagraph(text, posting.AdditionalPlain);
        return AtsText.Clean(text.ToString());
    }

    private static void AppendParagraph(StringBuilder text, string? paragraph)
    {
        if (paragraph is not null)
        {
            StartParagraph(text);
            text.Append(paragraph).Append('\n');
        }
    }

    private static void StartParagraph(StringBuilder text)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }
    }
}
