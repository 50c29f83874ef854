using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Greenhouse;

/// <summary>Reads Greenhouse's public job board API into <see cref="RawPosting"/>s.</summary>
public static class GreenhouseParser
{
    /// <summary>Parses <c>GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json, string board)
    {
        var source = AtsJson.Describe("Greenhouse", "board", board);
        using var document = AtsJson.Parse(json, source);
        var jobs = AtsJson.RequireArray(document.RootElement, "jobs", $"{source} answered with JSON that has no jobs list.");
        return AtsJson.MapEach<GreenhouseJob>(jobs, AtsJson.SnakeCase, ToPosting);
    }

    private static RawPosting? ToPosting(GreenhouseJob job)
    {
        if (job.Id is null || job.Title is null)
        {
            return null;
        }

        var location = job.Location?.Name;
        var updatedAt = AtsDates.Parse(job.UpdatedAt);
        return new RawPosting
        {
            ExternalId = job.Id,
            Title = job.Title,
            Company = job.CompanyName,
            Location = location,
            Locations = Locations(location, job.Offices),
            Url = job.AbsoluteUrl,
            // Entity-escaped HTML (&lt;p&gt;) kept as delivered: normalisation decodes and sanitises it.
            DescriptionHtml = job.Content,
            // first_published is when the job went up; updated_at moves on every edit.
            PostedAt = AtsDates.Parse(job.FirstPublished) ?? updatedAt,
            UpdatedAt = updatedAt,
            Department = FirstDepartment(job.Departments),
        };
    }

    private static List<string> Locations(string? location, IReadOnlyList<GreenhouseOffice?>? offices)
    {
        List<string> locations = [];
        AtsText.AddDistinct(locations, location);
        foreach (var office in offices ?? [])
        {
            // An office adds a place only when it says more than the location already does
            // (office "Remote" beside location "Remote (United States)" adds nothing).
            var place = office?.Location ?? office?.Name;
            if (place is not null && !IsCovered(locations, place))
            {
                locations.Add(place);
            }
        }

        return locations;
    }

    private static bool IsCovered(List<string> locations, string place)
    {
        foreach (var existing in locations)
        {
            if (existing.Contains(place, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FirstDepartment(IReadOnlyList<GreenhouseDepartment?>? departments)
    {
        foreach (var department in departments ?? [])
        {
            if (department?.Name is { } name)
            {
                return name;
            }
        }

        return null;
    }
}
