using System.Text.Json;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Fetching;
using JobSentinel.Core.Sources.Greenhouse;

namespace JobSentinel.Tests.Unit.Sources.Greenhouse;

/// <summary>
/// Large boards are read into postings on every core, or batch by batch as a run takes them: the order and the
/// skipping of broken postings must not change.
/// </summary>
public sealed class GreenhouseLargeBoardTests
{
    private static readonly List<int> Readable = [.. Enumerable.Range(0, 3_000).Where(i => i % 500 is not (7 or 8 or 9))];

    [Fact]
    public void Parse_ThousandsOfPostings_KeepsTheBoardsOrderAndSkipsOnlyTheBrokenOnes()
    {
        var postings = GreenhouseParser.Parse(Board(), "big");

        Assert.Equal(Readable.Select(Id), postings.Select(p => p.ExternalId));
        Assert.Equal(Readable.Select(i => $"Role {i}"), postings.Select(p => p.Title));
    }

    [Fact]
    public void ParseInBatches_ThousandsOfPostings_GivesTheSamePostingsAsParseInBatchesOfAtMost500()
    {
        var batches = GreenhouseParser.ParseInBatches(Board(), "big");

        var read = batches.Batches.ToList();
        Assert.Equal(3_000, batches.Count); // what the board listed, broken entries included
        Assert.All(read, batch => Assert.InRange(batch.Length, 1, PostingBatches.BatchSize));
        Assert.Equal(Readable.Select(Id), read.SelectMany(batch => batch).Select(p => p.ExternalId));
        Assert.Equal(
            GreenhouseParser.Parse(Board(), "big").Select(p => (p.Title, p.PostedAt, p.DescriptionHtml)),
            read.SelectMany(batch => batch).Select(p => (p.Title, p.PostedAt, p.DescriptionHtml)));
    }

    [Theory]
    [InlineData("{\"jobs\": [{\"id\": 1, \"title\": \"cut off", "malformed JSON")]
    [InlineData("{\"meta\": {}}", "no jobs list")]
    [InlineData("<html><body>Just a moment...</body></html>", "HTML page")]
    public void ParseInBatches_BadAnswer_FailsBeforeAnyBatchIsRead(string json, string reason)
    {
        var error = Assert.Throws<SourceFormatException>(() => GreenhouseParser.ParseInBatches(json, "big"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseInBatches_EmptyBoard_HasNoBatches()
    {
        var batches = GreenhouseParser.ParseInBatches("{\"jobs\": []}", "empty");

        Assert.Equal(0, batches.Count);
        Assert.Empty(batches.Batches);
    }

    [Fact]
    public void PostingBatchesOf_AList_ChunksItInOrder()
    {
        var postings = GreenhouseParser.Parse(Board(), "big");

        var batches = PostingBatches.Of(postings);

        Assert.Equal(postings.Count, batches.Count);
        Assert.Equal([500, 500, 500, 500, 500, postings.Count - 2_500], batches.Batches.Select(batch => batch.Length));
        Assert.Equal(postings, batches.Batches.SelectMany(batch => batch));
    }

    private static string Id(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Board()
    {
        var jobs = new List<object>();
        for (var i = 0; i < 3_000; i++)
        {
            jobs.Add((i % 500) switch
            {
                7 => "not an object",
                8 => new { id = new[] { 1 }, title = "An array where the id belongs" },
                9 => new { id = i, title = (string?)null }, // no title: the mapper drops it
                _ => (object)new { id = i, title = $"Role {i}", content = $"&lt;p&gt;Posting {i}&lt;/p&gt;", first_published = "2026-11-01T10:00:00Z" },
            });
        }

        return JsonSerializer.Serialize(new { jobs });
    }
}
