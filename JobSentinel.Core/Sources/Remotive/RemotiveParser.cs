using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Remotive;

/// <summary>Reads Remotive's remote-jobs API, with or without its warning and legal-notice envelope.</summary>
public static class RemotiveParser
{
    private const string Board = "Remotive";

    /// <summary>Parses <c>GET https://remotive.com/api/remote-jobs</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireObject(document.RootElement, Board, "the answer");

        // The notices ("00-warning", "0-legal-notice") and counts sit beside "jobs" and are not needed.
        var postings = new List<RawPosting>();
        foreach (var element in PayloadJson.RequireArrayProperty(root, "jobs", Board))
        {
            if (Read(element) is { } posting)
            {
                postings.Add(posting);
            }
        }

        return postings;
    }

    private static RawPosting? Read(JsonElement element)
    {
        var id = element.String("id");
        var title = element.String("title");
        if (id is null || title is null)
        {
            return null;
        }

        var tags = new List<string>();
        element.AddStrings("tags", tags);
        PayloadText.AddDistinct(tags, element.String("category"));

        return new RawPosting
        {
            ExternalId = id,
            Title = title,
            Company = element.String("company_name"),
            Location = element.String("candidate_required_location"),
            RemoteFlag = true,
            Url = element.String("url"),
            DescriptionHtml = element.String("description"),

            // publication_date has no zone; Remotive stamps in UTC.
            PostedAt = PayloadDates.FromIso(element.String("publication_date")),
            EmploymentType = element.String("job_type"),
            SalaryText = element.String("salary"),
            Tags = tags,
        };
    }
}
