using System.Net;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.SmartRecruiters;

/// <summary>Reads SmartRecruiters' public posting API into <see cref="RawPosting"/>s.</summary>
public static class SmartRecruitersParser
{
    private const string Board = "SmartRecruiters";

    /// <summary>Parses one page of <c>GET https://api.smartrecruiters.com/v1/companies/{id}/postings?limit=100&amp;offset=</c>.</summary>
    public static SmartRecruitersPage ParseList(string json, string companyId)
    {
        var source = AtsJson.Describe(Board, "company", companyId);
        using var document = AtsJson.Parse(json, source);
        var root = document.RootElement;
        var content = AtsJson.RequireArray(root, "content", $"{source} answered with JSON that has no content list.");
        var postings = AtsJson.MapEach<SmartRecruitersPosting>(content, AtsJson.CamelCase, posting => ToPosting(posting, companyId));
        var received = content.ValueKind == JsonValueKind.Array ? content.GetArrayLength() : 0;
        var offset = AtsJson.ReadInt(root, "offset") ?? 0;

        // Without totalFound only what this page holds is known to exist, which ends the paging here.
        return new SmartRecruitersPage(
            AtsJson.ReadInt(root, "totalFound") ?? offset + received,
            offset,
            AtsJson.ReadInt(root, "limit") ?? received,
            postings);
    }

    /// <summary>
    /// Parses the advert of <c>GET https://api.smartrecruiters.com/v1/companies/{id}/postings/{postingId}</c> as
    /// <c>&lt;h3&gt;title&lt;/h3&gt;text</c> blocks; null when it has no section text.
    /// </summary>
    public static string? ParseDescription(string json)
    {
        using var document = AtsJson.Parse(json, Board);
        var jobAdElement = AtsJson.RequireObject(document.RootElement, "jobAd", $"{Board} answered with a posting that has no jobAd.");
        var sections = AtsJson.TryDeserialize<SmartRecruitersJobAd>(jobAdElement, AtsJson.CamelCase)?.Sections;
        if (sections is null)
        {
            return null;
        }

        var html = new StringBuilder();
        AppendSection(html, sections.CompanyDescription);
        AppendSection(html, sections.JobDescription);
        AppendSection(html, sections.Qualifications);
        AppendSection(html, sections.AdditionalInformation);
        return html.Length == 0 ? null : html.ToString();
    }

    private static RawPosting? ToPosting(SmartRecruitersPosting posting, string companyId)
    {
        if (posting.Id is null || posting.Name is null)
        {
            return null;
        }

        var location = posting.Location;
        var place = Place(location);
        return new RawPosting
        {
            ExternalId = posting.Id,
            Title = posting.Name,
            Company = posting.Company?.Name ?? AtsText.Clean(companyId),
            Location = place,
            Locations = place is null ? [] : [place],
            Workplace = location?.Hybrid == true ? WorkplaceType.Hybrid
                : location?.Remote == true ? WorkplaceType.Remote
                : null,
            RemoteFlag = location?.Remote,
            Url = PublicUrl(posting, companyId),
            ApplyUrl = posting.ApplyUrl,
            PostedAt = AtsDates.Parse(posting.ReleasedDate),
            EmploymentType = posting.TypeOfEmployment?.Label,
            Department = posting.Department?.Label,
        };
    }

    private static string? Place(SmartRecruitersLocation? location) =>
        location is null ? null : AtsText.TidyPlace(location.FullLocation) ?? AtsText.JoinPlace(location.City, location.Region, location.Country);

    // The list's "ref" is the API address of the posting (api.smartrecruiters.com/v1/...), not a page
    // for people, so it is used only when it is not that.
    private static string PublicUrl(SmartRecruitersPosting posting, string companyId)
    {
        if (posting.PostingUrl is { } postingUrl)
        {
            return postingUrl;
        }

        if (posting.Ref is { } reference && !reference.Contains("api.smartrecruiters.com", StringComparison.OrdinalIgnoreCase))
        {
            return reference;
        }

        var company = AtsText.Clean(companyId) ?? posting.Company?.Identifier ?? "";
        return $"https://jobs.smartrecruiters.com/{Uri.EscapeDataString(company)}/{Uri.EscapeDataString(posting.Id!)}";
    }

    private static void AppendSection(StringBuilder html, SmartRecruitersSection? section)
    {
        if (section?.Text is not { } text)
        {
            return;
        }

        if (section.Title is { } title)
        {
            html.Append("<h3>").Append(WebUtility.HtmlEncode(title)).Append("</h3>");
        }

        html.Append(text);
    }
}
