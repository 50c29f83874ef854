using System.Net;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.UsaJobs;

/// <summary>Reads the USAJOBS Search API, whose numbers (amounts, page counts) arrive as strings.</summary>
public static class UsaJobsParser
{
    private const string Board = "USAJOBS";

    /// <summary>Parses <c>GET https://data.usajobs.gov/api/Search?...</c>.</summary>
    public static UsaJobsPage ParsePage(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireObject(document.RootElement, Board, "the answer");
        if (root.Object("SearchResult") is not { } result)
        {
            throw new SourceFormatException($"{Board} answered without the 'SearchResult' its API returns.");
        }

        var postings = new List<RawPosting>();
        foreach (var item in result.Array("SearchResultItems"))
        {
            if (Read(item) is { } posting)
            {
                postings.Add(posting);
            }
        }

        var pages = result.Object("UserArea")?.Int64("NumberOfPages") ?? 0;
        var total = result.Int64("SearchResultCountAll") ?? result.Int64("SearchResultCount") ?? postings.Count;
        return new UsaJobsPage(postings, (int)Math.Clamp(pages, 0, int.MaxValue), (int)Math.Clamp(total, 0, int.MaxValue));
    }

    private static RawPosting? Read(JsonElement item)
    {
        if (item.Object("MatchedObjectDescriptor") is not { } job)
        {
            return null;
        }

        // MatchedObjectId is the announcement's control number; PositionID is the agency's own and may repeat.
        var id = item.String("MatchedObjectId") ?? job.String("PositionID");
        var title = job.String("PositionTitle");
        if (id is null || title is null)
        {
            return null;
        }

        var locations = new List<string>();
        foreach (var location in job.Array("PositionLocation"))
        {
            PayloadText.AddDistinct(locations, location.String("LocationName"));
        }

        var tags = new List<string>();
        foreach (var category in job.Array("JobCategory"))
        {
            PayloadText.AddDistinct(tags, category.String("Name"));
        }

        var details = job.Object("UserArea")?.Object("Details");
        var salary = ReadSalary(job);

        return new RawPosting
        {
            ExternalId = id,
            Title = title,
            Company = job.String("OrganizationName"),
            Department = job.String("DepartmentName"),
            Location = job.String("PositionLocationDisplay") ?? (locations.Count > 0 ? locations[0] : null),
            Locations = locations,
            RemoteFlag = details?.Boolean("RemoteIndicator"),
            Url = job.String("PositionURI"),
            ApplyUrl = First(job, "ApplyURI"),
            DescriptionHtml = BuildDescription(details, job.String("QualificationSummary")),
            PostedAt = PayloadDates.FromIso(job.String("PublicationStartDate")),
            EmploymentType = FirstName(job, "PositionSchedule"),
            SalaryMin = salary?.Min,
            SalaryMax = salary?.Max,
            SalaryCurrency = salary is null ? null : "USD",
            SalaryPeriod = salary?.Period,
            Tags = tags,
        };
    }

    private static Salary? ReadSalary(JsonElement job)
    {
        foreach (var pay in job.Array("PositionRemuneration"))
        {
            if (Interval(pay.String("RateIntervalCode")) is not { } interval)
            {
                continue;
            }

            // "0" is how USAJOBS leaves a bound open, not a salary of nothing.
            var low = pay.Decimal("MinimumRange");
            var high = pay.Decimal("MaximumRange");
            var min = low > 0 ? low * interval.Factor : null;
            var max = high > 0 ? high * interval.Factor : null;
            if (min is not null || max is not null)
            {
                return new Salary(min, max, interval.Period);
            }
        }

        return null;
    }

    /// <summary>
    /// The codes USAJOBS has used (older "PA", newer "Per Year"). There is no bi-weekly period, so
    /// "BW" becomes a weekly salary with the amounts halved. "WC" (without compensation) and rare
    /// bases such as fee basis or piece work have no comparable amount and give no salary.
    /// </summary>
    private static (SalaryPeriod Period, decimal Factor)? Interval(string? code) => code?.ToUpperInvariant() switch
    {
        "PA" or "PER YEAR" => (SalaryPeriod.Year, 1m),
        "PM" or "PER MONTH" => (SalaryPeriod.Month, 1m),
        "PW" or "PER WEEK" => (SalaryPeriod.Week, 1m),
        "BW" or "BI-WEEKLY" or "BIWEEKLY" => (SalaryPeriod.Week, 0.5m),
        "PD" or "PER DAY" => (SalaryPeriod.Day, 1m),
        "PH" or "PER HOUR" => (SalaryPeriod.Hour, 1m),
        _ => null,
    };

    /// <summary>USAJOBS gives plain-text parts; they are encoded into one simple HTML description.</summary>
    private static string? BuildDescription(JsonElement? details, string? qualifications)
    {
        var summary = details?.String("JobSummary");
        var html = new StringBuilder();
        if (summary is not null)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(summary)).Append("</p>");
        }

        if (details is { } area && area.TryGetProperty("MajorDuties", out var duties))
        {
            var opened = false;
            if (duties.ValueKind == JsonValueKind.Array)
            {
                foreach (var duty in duties.EnumerateArray())
                {
                    opened = AppendDuty(html, duty.AsString(), opened);
                }
            }
            else
            {
                opened = AppendDuty(html, duties.AsString(), opened);
            }

            if (opened)
            {
                html.Append("</ul>");
            }
        }

        if (qualifications is not null)
        {
            html.Append("<h3>Qualifications</h3><p>").Append(WebUtility.HtmlEncode(qualifications)).Append("</p>");
        }

        return html.Length == 0 ? null : html.ToString();
    }

    private static bool AppendDuty(StringBuilder html, string? duty, bool opened)
    {
        if (duty is null)
        {
            return opened;
        }

        if (!opened)
        {
            html.Append("<h3>Major duties</h3><ul>");
        }

        html.Append("<li>").Append(WebUtility.HtmlEncode(duty)).Append("</li>");
        return true;
    }

    private static string? First(JsonElement element, string name)
    {
        foreach (var value in element.Array(name))
        {
            if (value.AsString() is { } text)
            {
                return text;
            }
        }

        return element.String(name);
    }

    private static string? FirstName(JsonElement element, string name)
    {
        foreach (var value in element.Array(name))
        {
            if (value.String("Name") is { } text)
            {
                return text;
            }
        }

        return null;
    }

    private sealed record Salary(decimal? Min, decimal? Max, SalaryPeriod Period);
}
