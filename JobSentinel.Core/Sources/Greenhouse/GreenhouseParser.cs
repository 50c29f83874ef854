using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;
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
        return AtsJson.MapEach<GreenhouseJob>(Jobs(document, source), AtsJson.SnakeCase, ToPosting);
    }

    /// <summary>
    /// The same postings as <see cref="Parse"/>, read from the parsed answer one batch at a time as a run takes
    /// them. A malformed answer or one without a jobs list fails here, before any batch is read.
    /// </summary>
    public static PostingBatches ParseInBatches(string json, string board)
    {
        var source = AtsJson.Describe("Greenhouse", "board", board);
        var document = AtsJson.Parse(json, source);
        try
        {
            return AtsJson.MapInBatches<GreenhouseJob>(document, Jobs(document, source), AtsJson.SnakeCase, ToPosting);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static JsonElement Jobs(JsonDocument document, string source) =>
        AtsJson.RequireArray(document.RootElement, "jobs", $"{source} answered with JSON that has no jobs list.");

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
