using System.Text.Json;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Hn;

/// <summary>Reads Hacker News "Who is hiring" threads through the Algolia search API.</summary>
public static class HnParser
{
    private const string Board = "Hacker News (Algolia)";

    private const string ItemUrl = "https://news.ycombinator.com/item?id=";

    /// <summary>Parses <c>GET https://hn.algolia.com/api/v1/search?tags=comment,story_{id}&amp;hitsPerPage=&amp;page=</c>.</summary>
    public static HnPage ParsePage(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireObject(document.RootElement, Board, "the answer");

        // Saved pages carry the story id at the top instead of on every hit.
        var threadStoryId = root.Int64("story_id");

        var postings = new List<RawPosting>();
        foreach (var hit in PayloadJson.RequireArrayProperty(root, "hits", Board))
        {
            if (Read(hit, threadStoryId) is { } posting)
            {
                postings.Add(posting);
            }
        }

        // Without paging fields the answer is the whole thread: one page.
        var page = root.Int64("page") ?? 0;
        var pages = root.Int64("nbPages") ?? 1;
        return new HnPage(postings, (int)Math.Clamp(page, 0, int.MaxValue), (int)Math.Clamp(pages, 0, int.MaxValue));
    }

    /// <summary>
    /// Picks the newest "Who is hiring?" story from <c>GET https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring</c>;
    /// null when the answer holds none.
    /// </summary>
    public static (long StoryId, string Title)? FindLatestStory(string json)
    {
        using var document = PayloadJson.Parse(json, Board);
        var root = PayloadJson.RequireObject(document.RootElement, Board, "the answer");

        (long StoryId, string Title)? latest = null;
        long latestTime = long.MinValue;
        foreach (var hit in PayloadJson.RequireArrayProperty(root, "hits", Board))
        {
            var title = hit.String("title") ?? hit.String("story_title");
            var id = hit.Int64("objectID") ?? hit.Int64("story_id");
            if (title is null || id is null || !IsHiringThread(title))
            {
                continue;
            }

            // search_by_date lists newest first, so an undated hit only wins when nothing came before it.
            var time = hit.Int64("created_at_i") ?? ToUnixSeconds(PayloadDates.FromIso(hit.String("created_at"))) ?? long.MinValue;
            if (latest is null || time > latestTime)
            {
                latest = (id.Value, title);
                latestTime = time;
            }
        }

        return latest;
    }

    private static RawPosting? Read(JsonElement hit, long? threadStoryId)
    {
        var id = hit.String("objectID");
        var storyId = hit.Int64("story_id") ?? threadStoryId;
        var html = hit.String("comment_text");

        // Only top-level comments are postings; replies ask questions about them.
        if (id is null || storyId is null || hit.Int64("parent_id") != storyId || html is null || IsDeleted(html))
        {
            return null;
        }

        var header = HnHeader.Parse(html);
        var title = header?.Role ?? (header?.Company is { } company ? $"Job at {company}" : null);
        if (header is null || title is null)
        {
            return null;
        }

        return new RawPosting
        {
            ExternalId = id,
            Title = title,
            Company = header.Company,
            Location = header.Locations.Count == 0 ? null : string.Join("; ", header.Locations),
            Locations = header.Locations,
            RemoteFlag = header.RemoteFlag,
            Workplace = header.Workplace,
            Url = ItemUrl + id,
            DescriptionHtml = html,
            PostedAt = PayloadDates.FromIso(hit.String("created_at")) ?? PayloadDates.FromEpoch(hit.Int64("created_at_i")),
            EmploymentType = header.EmploymentType,
            SalaryText = header.SalaryText,
            Tags = header.Tags,
        };
    }

    // Algolia keeps deleted and killed comments with a marker instead of their text (or none at all).
    private static bool IsDeleted(string html) => html is "[deleted]" or "[dead]" or "[flagged]";

    private static bool IsHiringThread(string title) =>
        title.Contains("who is hiring", StringComparison.OrdinalIgnoreCase)
        && !title.Contains("wants to be hired", StringComparison.OrdinalIgnoreCase)
        && !title.Contains("freelancer", StringComparison.OrdinalIgnoreCase);

    private static long? ToUnixSeconds(DateTime? value) =>
        value is { } time ? (long)(time - DateTime.UnixEpoch).TotalSeconds : null;
}
