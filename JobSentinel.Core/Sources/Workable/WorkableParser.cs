using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Core.Sources.Workable;

/// <summary>Reads Workable's public widget API into <see cref="RawPosting"/>s.</summary>
public static class WorkableParser
{
    /// <summary>Parses <c>GET https://apply.workable.com/api/v1/widget/accounts/{slug}?details=true</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json, string slug)
    {
        var source = AtsJson.Describe("Workable", "account", slug);
        using var document = AtsJson.Parse(json, source);
        var root = document.RootElement;
        var jobs = AtsJson.RequireArray(root, "jobs", $"{source} answered with JSON that has no jobs list.");
        var company = root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? AtsText.Clean(name.GetString())
            : null;

        // The widget lists a job once per location: merge the entries by shortcode, first one wins.
        var merged = new Dictionary<string, MergedJob>(StringComparer.Ordinal);
        List<MergedJob> ordered = [];
        if (jobs.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in jobs.EnumerateArray())
            {
                var job = AtsJson.TryDeserialize<WorkableJob>(element, AtsJson.SnakeCase);
                if (job?.Shortcode is null || job.Title is null)
                {
                    continue;
                }

                if (!merged.TryGetValue(job.Shortcode, out var entry))
                {
                    entry = new MergedJob(job);
                    merged.Add(job.Shortcode, entry);
                    ordered.Add(entry);
                }

                entry.Add(job);
            }
        }

        var postings = new List<RawPosting>(ordered.Count);
        foreach (var entry in ordered)
        {
            postings.Add(entry.ToPosting(company));
        }

        return postings;
    }

    private sealed class MergedJob(WorkableJob first)
    {
        private readonly List<string> _locations = [];
        private bool? _remote;

        public void Add(WorkableJob job)
        {
            AtsText.AddDistinct(_locations, AtsText.JoinPlace(job.City, job.State, job.Country));
            foreach (var location in job.Locations ?? [])
            {
                if (location is not null && location.Hidden != true)
                {
                    AtsText.AddDistinct(_locations, AtsText.JoinPlace(location.City, location.Region, location.Country));
                }
            }

            // Remote as soon as one entry says so; known-false only when some entry says so.
            _remote = job.Telecommuting == true || _remote == true ? true : job.Telecommuting ?? _remote;
        }

        public RawPosting ToPosting(string? company) => new()
        {
            ExternalId = first.Shortcode!,
            Title = first.Title!,
            Company = company,
            Location = _locations.Count > 0 ? _locations[0] : null,
            Locations = _locations,
            RemoteFlag = _remote,
            Url = first.Url ?? first.Shortlink,
            ApplyUrl = first.ApplicationUrl,
            DescriptionHtml = first.Description,
            PostedAt = AtsDates.Parse(first.PublishedOn) ?? AtsDates.Parse(first.CreatedAt),
            EmploymentType = first.EmploymentType,
            Department = first.Department,
        };
    }
}
