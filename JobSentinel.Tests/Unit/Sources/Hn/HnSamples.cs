namespace JobSentinel.Tests.Unit.Sources.Hn;

/// <summary>Algolia answers in the shape of <c>/api/v1/search</c> and <c>/api/v1/search_by_date</c>.</summary>
internal static class HnSamples
{
    public const long StoryId = 48747976;

    /// <summary>One Algolia search page holding the given hits, with its paging fields.</summary>
    public static string Page(params string[] hits) => $$"""
        {"hits":[{{string.Join(",", hits)}}],"nbHits":412,"page":2,"nbPages":5,"hitsPerPage":100,"processingTimeMS":1,"query":"","params":"tags=comment%2Cstory_48747976&page=2"}
        """;

    /// <summary>A comment hit on the story; <paramref name="parentId"/> other than the story makes it a reply.</summary>
    public static string Comment(string objectId, string? commentText, long parentId = StoryId) => $$"""
        {
          "author": "someone",
          "comment_text": {{(commentText is null ? "null" : System.Text.Json.JsonSerializer.Serialize(commentText))}},
          "created_at": "2026-07-09T09:17:40Z",
          "created_at_i": 1783588660,
          "objectID": "{{objectId}}",
          "parent_id": {{parentId}},
          "story_id": {{StoryId}},
          "story_title": "Ask HN: Who is hiring? (July 2026)",
          "_tags": ["comment", "author_someone", "story_{{StoryId}}"]
        }
        """;

    public const string WhoIsHiringStories = """
        {
          "hits": [
            {"title": "Ask HN: Who wants to be hired? (August 2026)", "objectID": "48950002", "created_at": "2026-08-03T15:01:00Z", "created_at_i": 1785769260, "author": "whoishiring"},
            {"title": "Ask HN: Freelancer? Seeking freelancer? (August 2026)", "objectID": "48950003", "created_at": "2026-08-03T15:01:00Z", "created_at_i": 1785769260, "author": "whoishiring"},
            {"title": "Ask HN: Who is hiring? (July 2026)", "objectID": "48747976", "created_at": "2026-07-01T15:01:00Z", "created_at_i": 1782918060, "author": "whoishiring"},
            {"title": "Ask HN: Who is hiring? (August 2026)", "objectID": "48950001", "created_at": "2026-08-03T15:00:00Z", "created_at_i": 1785769200, "author": "whoishiring"}
          ],
          "nbHits": 4, "page": 0, "nbPages": 1, "hitsPerPage": 20
        }
        """;
}
