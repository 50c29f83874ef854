using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Recruitee;

/// <summary>Reads Recruitee's public careers-site API into <see cref="RawPosting"/>s.</summary>
public static class RecruiteeParser
{
    /// <summary>Parses <c>GET https://{company}.recruitee.com/api/offers/</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json, string company)
    {
        var source = AtsJson.Describe("Recruitee", "company", company);
        using var document = AtsJson.Parse(json, source);
        var offers = AtsJson.RequireArray(document.RootElement, "offers", $"{source} answered with JSON that has no offers list.");
        var subdomain = AtsText.Clean(company);
        return AtsJson.MapEach<RecruiteeOffer>(offers, AtsJson.SnakeCase, offer => ToPosting(offer, subdomain));
    }

    private static RawPosting? ToPosting(RecruiteeOffer offer, string? subdomain)
    {
        var id = offer.Id ?? offer.Slug;
        if (id is null || offer.Title is null)
        {
            return null;
        }

        // The public list holds published offers; anything else that slips through is not open.
        if (offer.Status is { } status && !status.Equals("published", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var salary = offer.Salary is { } pay ? StructuredSalary.From(pay.Min, pay.Max, pay.Currency, pay.Period) : default;
        return new RawPosting
        {
            ExternalId = id,
            Title = offer.Title,
            Company = offer.CompanyName,
            // As displayed: a remote offer may read "Remote job" with city "Remote", and that is what the board says.
            Location = offer.Location ?? AtsText.JoinPlace(offer.City, offer.State, offer.Country),
            Locations = Locations(offer),
            Workplace = offer.Hybrid == true ? WorkplaceType.Hybrid
                : offer.Remote == true ? WorkplaceType.Remote
                : offer.OnSite == true ? WorkplaceType.Onsite
                : null,
            RemoteFlag = offer.Remote,
            Url = offer.CareersUrl ?? OfferUrl(subdomain, offer.Slug),
            ApplyUrl = offer.CareersApplyUrl,
            // Recruitee splits the advert in two fields; the requirements are part of it.
            DescriptionHtml = offer.Description is null ? offer.Requirements
                : offer.Requirements is null ? offer.Description
                : offer.Description + offer.Requirements,
            PostedAt = AtsDates.Parse(offer.PublishedAt) ?? AtsDates.Parse(offer.CreatedAt),
            EmploymentType = offer.EmploymentTypeCode,
            Department = offer.Department,
            SalaryMin = salary.Min,
            SalaryMax = salary.Max,
            SalaryCurrency = salary.Currency,
            SalaryPeriod = salary.Period,
        };
    }

    private static List<string> Locations(RecruiteeOffer offer)
    {
        List<string> locations = [];
        foreach (var location in offer.Locations ?? [])
        {
            if (location is not null)
            {
                AtsText.AddDistinct(locations, AtsText.JoinPlace(location.City, location.State, location.Country) ?? location.Name);
            }
        }

        if (locations.Count == 0)
        {
            AtsText.AddDistinct(locations, offer.Location ?? AtsText.JoinPlace(offer.City, offer.State, offer.Country));
        }

        return locations;
    }

    private static string? OfferUrl(string? subdomain, string? slug) =>
        subdomain is null || slug is null ? null : $"https://{subdomain}.recruitee.com/o/{Uri.EscapeDataString(slug)}";
}
