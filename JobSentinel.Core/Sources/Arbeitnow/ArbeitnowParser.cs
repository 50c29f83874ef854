using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Arbeitnow;

/// <summary>Reads Arbeitnow's paged job-board API (<c>{data, links, meta}</c>).</summary>
public static class ArbeitnowParser
{
    private const string Board = "Arbeitnow";

    /// <summary>Parses <c>GET https://www.arbeitnow.com/api/job-board-api?page=N</c>.</summary>
    public static ArbeitnowPage ParsePage(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireObject(document.RootElement, Board, "the answer");

        var postings = new List<RawPosting>();
        foreach (var element in PayloadJson.RequireArrayProperty(root, "data", Board))
        {
            if (Read(element) is { } posting)
            {
                postings.Add(posting);
            }
        }

        // Without links (some clients drop them) there is no next page to follow.
        var nextUrl = root.Object("links")?.String("next");
        return new ArbeitnowPage(postings, nextUrl);
    }

    private static RawPosting? Read(JsonElement element)
    {
        var slug = element.String("slug");
        var title = element.String("title");
        if (slug is null || title is null)
        {
            return null;
        }

        var tags = new List<string>();
        element.AddStrings("tags", tags);

        string? employmentType = null;
        foreach (var jobType in element.Array("job_types"))
        {
            if (jobType.AsString() is { } value)
            {
                employmentType = value;
                break;
            }
        }

        return new RawPosting
        {
            ExternalId = slug,
            Title = title,
            Company = element.String("company_name"),
            Location = element.String("location"),
            RemoteFlag = element.Boolean("remote"),
            Url = element.String("url"),

            // Some descriptions arrive double-escaped ("&lt;p&gt;"); normalisation decodes them.
            DescriptionHtml = element.String("description"),
            PostedAt = PayloadDates.FromEpoch(element.Int64("created_at")) ?? PayloadDates.FromIso(element.String("created_at")),
            EmploymentType = employmentType,
            Tags = tags,
        };
    }
}
