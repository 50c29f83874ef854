using System.Text.Json;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

/// <summary>Fields read from the real board captures in shared/fixtures (tests skip when absent).</summary>
internal static class BoardCaptures
{
    /// <summary>Greenhouse jobs as (title, content exactly as delivered: entity-escaped HTML).</summary>
    public static IReadOnlyList<(string Title, string Content)> GreenhouseJobs() =>
        [.. Read("jobboards/greenhouse.json").GetProperty("jobs").EnumerateArray()
            .Select(job => (job.GetProperty("title").GetString()!.Trim(), job.GetProperty("content").GetString()!))];

    public static IReadOnlyList<(string Title, string Description)> ArbeitnowJobs() =>
        [.. Read("jobboards/arbeitnow.json").GetProperty("data").EnumerateArray()
            .Select(job => (job.GetProperty("title").GetString()!, job.GetProperty("description").GetString()!))];

    public static JsonElement RemotiveJob(long id) =>
        Read("jobboards/remotive.json").GetProperty("jobs").EnumerateArray()
            .Single(job => job.GetProperty("id").GetInt64() == id);

    /// <summary>RemoteOK descriptions (element 0 of the array is the legal notice, skipped).</summary>
    public static IReadOnlyList<string> RemoteOkDescriptions() =>
        [.. Read("jobboards/remoteok.json").EnumerateArray().Skip(1)
            .Select(job => job.GetProperty("description").GetString()!)];

    public static IReadOnlyList<(string Title, string AdditionalPlain)> LeverPostings() =>
        [.. Read("jobboards/lever.json").EnumerateArray()
            .Select(posting => (posting.GetProperty("text").GetString()!, posting.GetProperty("additionalPlain").GetString()!))];

    private static JsonElement Read(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SharedFixtures.PathOf(relativePath)));
        return document.RootElement.Clone();
    }
}
