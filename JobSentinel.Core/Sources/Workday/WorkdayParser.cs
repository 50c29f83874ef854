using System.Globalization;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Workday;

/// <summary>Reads Workday's public career-site (CXS) API into <see cref="RawPosting"/>s.</summary>
public static class WorkdayParser
{
    private const string Board = "Workday";

    /// <summary>Parses one page of <c>POST {host}/wday/cxs/{tenant}/{site}/jobs</c>; "Posted 3 Days Ago" is dated from <paramref name="nowUtc"/>.</summary>
    public static WorkdayPage ParseList(string json, DateTime nowUtc)
    {
        using var document = AtsJson.Parse(json, Board);
        var root = document.RootElement;
        var items = AtsJson.RequireArray(root, "jobPostings", $"{Board} answered with JSON that has no jobPostings list.");
        var today = AsUtc(nowUtc).Date;
        var postings = AtsJson.MapEach<WorkdayListItem>(items, AtsJson.CamelCase, item => ToPosting(item, today));
        return new WorkdayPage(AtsJson.ReadInt(root, "total") ?? 0, postings);
    }

    /// <summary>
    /// Completes <paramref name="listing"/> from <c>GET {host}/wday/cxs/{tenant}/{site}{externalPath}</c>; its
    /// <see cref="RawPosting.ExternalId"/> is kept so the posting's identity does not change.
    /// </summary>
    public static RawPosting ParseDetail(string json, RawPosting listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        using var document = AtsJson.Parse(json, Board);
        var root = document.RootElement;
        var infoElement = AtsJson.RequireObject(root, "jobPostingInfo", $"{Board} answered with JSON that has no jobPostingInfo.");
        var info = AtsJson.TryDeserialize<WorkdayPostingInfo>(infoElement, AtsJson.CamelCase)
            ?? throw new SourceFormatException($"{Board} answered with a jobPostingInfo it could not read.");
        var organization = root.TryGetProperty("hiringOrganization", out var organizationElement)
            ? AtsJson.TryDeserialize<WorkdayOrganization>(organizationElement, AtsJson.CamelCase)
            : null;

        List<string> locations = [];
        AtsText.AddDistinct(locations, info.Location);
        foreach (var location in info.AdditionalLocations ?? [])
        {
            AtsText.AddDistinct(locations, location);
        }

        return listing with
        {
            Title = info.Title ?? listing.Title,
            Company = organization?.Name ?? listing.Company,
            Location = info.Location ?? listing.Location,
            Locations = locations.Count > 0 ? locations : listing.Locations,
            Workplace = AtsText.ParseWorkplace(info.RemoteType) ?? listing.Workplace,
            Url = info.ExternalUrl ?? listing.Url,
            DescriptionHtml = info.JobDescription ?? listing.DescriptionHtml,
            // startDate is the posting date; the list only had "Posted 3 Days Ago".
            PostedAt = AtsDates.Parse(info.StartDate) ?? listing.PostedAt,
            EmploymentType = info.TimeType ?? listing.EmploymentType,
        };
    }

    private static RawPosting? ToPosting(WorkdayListItem item, DateTime today)
    {
        var id = FirstBulletField(item.BulletFields) ?? item.ExternalPath;
        if (id is null || item.Title is null)
        {
            return null;
        }

        var location = IsLocationCount(item.LocationsText) ? null : item.LocationsText;
        return new RawPosting
        {
            ExternalId = id,
            Title = item.Title,
            Location = location,
            Locations = location is null ? [] : [location],
            // Relative ("/job/Austin-TX/Engineer_JR-1"): the caller knows the host and site.
            Url = item.ExternalPath,
            PostedAt = PostedDate(item.PostedOn, today),
        };
    }

    private static string? FirstBulletField(IReadOnlyList<string?>? bulletFields)
    {
        foreach (var field in bulletFields ?? [])
        {
            if (field is not null)
            {
                return field;
            }
        }

        return null;
    }

    // A job in several places lists "3 Locations" instead of a place; the detail names them.
    private static bool IsLocationCount(string? text)
    {
        if (text is null || !text.EndsWith(" Locations", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var count = text.AsSpan(0, text.Length - " Locations".Length).Trim();
        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>
    /// "Posted Today", "Posted Yesterday", "Posted 3 Days Ago", "Posted 30+ Days Ago" as a UTC date; the
    /// open-ended "30+" becomes 30 days, the newest the posting can be. Other wording is unknown.
    /// </summary>
    private static DateTime? PostedDate(string? text, DateTime today)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Contains("today", StringComparison.OrdinalIgnoreCase))
        {
            return today;
        }

        if (text.Contains("yesterday", StringComparison.OrdinalIgnoreCase))
        {
            return today.AddDays(-1);
        }

        if (!text.Contains("day", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var start = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return null;
        }

        var digits = text.AsSpan(start);
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days < 36_500
            ? today.AddDays(-days)
            : null;
    }

    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
