using System.Globalization;
using System.Text.Json;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>Board payloads in the real APIs' shapes, written for tests (the real captures live in ../shared/fixtures).</summary>
public static class BoardPayloads
{
    public sealed record Job(string Id, string Title, string Location = "Remote (US)", string Content = "<p>Build things.</p>", string? Company = "Acme Robotics");

    /// <summary>Greenhouse boards API with content=true: <c>{jobs:[], meta:{total}}</c>, content entity-escaped.</summary>
    public static string Greenhouse(IEnumerable<Job> jobs)
    {
        var list = jobs.Select(job => new Dictionary<string, object?>
        {
            ["id"] = long.Parse(job.Id, CultureInfo.InvariantCulture),
            ["title"] = job.Title,
            ["company_name"] = job.Company,
            ["absolute_url"] = $"https://boards.greenhouse.io/acme/jobs/{job.Id}?gh_src=abc&utm_source=x",
            ["location"] = new { name = job.Location },
            ["updated_at"] = "2026-11-20T10:00:00-05:00",
            ["first_published"] = "2026-11-18T09:00:00-05:00",
            ["content"] = System.Net.WebUtility.HtmlEncode(job.Content),
            ["departments"] = new[] { new { name = "Engineering" } },
            ["offices"] = Array.Empty<object>(),
        }).ToList();
        return JsonSerializer.Serialize(new { jobs = list, meta = new { total = list.Count } });
    }

    public static IEnumerable<Job> Many(int count, string prefix = "Software Engineer", int start = 1) =>
        Enumerable.Range(start, count).Select(i => new Job(
            (4_000_000 + i).ToString(CultureInfo.InvariantCulture),
            $"{prefix} {i}",
            i % 3 == 0 ? "Berlin, Germany" : "Remote (US)",
            $"<p>Role {i}: Kubernetes, Go and PostgreSQL. Salary $120k - $150k.</p><ul><li>Item one</li><li>Item two</li></ul>"));

    /// <summary>One Lever posting (bare-array element) in the postings API shape.</summary>
    public static object LeverPosting(string id, string title, string location = "San Francisco") => new
    {
        id,
        text = title,
        createdAt = 1_763_900_000_000L,
        categories = new { location, commitment = "Full-time", team = "Platform", department = "Engineering", allLocations = new[] { location } },
        workplaceType = "hybrid",
        descriptionPlain = "We build data platforms.",
        description = "<div>We build data platforms.</div>",
        lists = new[] { new { text = "Requirements", content = "<li>5 years of Go</li>" } },
        additional = "<div>Pay: $140,000 - $180,000 per year</div>",
        additionalPlain = "Pay: $140,000 - $180,000 per year",
        hostedUrl = $"https://jobs.lever.co/acme/{id}",
        applyUrl = $"https://jobs.lever.co/acme/{id}/apply",
    };
}
