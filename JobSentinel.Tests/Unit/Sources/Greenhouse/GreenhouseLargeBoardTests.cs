using System.Text.Json;
using JobSentinel.Core.Sources.Greenhouse;

namespace JobSentinel.Tests.Unit.Sources.Greenhouse;

/// <summary>Large boards are read into postings on every core: the order and the skipping of broken postings must not change.</summary>
public sealed class GreenhouseLargeBoardTests
{
    [Fact]
    public void Parse_ThousandsOfPostings_KeepsTheBoardsOrderAndSkipsOnlyTheBrokenOnes()
    {
        var jobs = new List<object>();
        for (var i = 0; i < 3_000; i++)
        {
            jobs.Add((i % 500) switch
            {
                7 => "not an object",
                8 => new { id = new[] { 1 }, title = "An array where the id belongs" },
                9 => new { id = i, title = (string?)null }, // no title: the mapper drops it
                _ => (object)new { id = i, title = $"Role {i}" },
            });
        }

        var postings = GreenhouseParser.Parse(JsonSerializer.Serialize(new { jobs }), "big");

        var expected = Enumerable.Range(0, 3_000).Where(i => i % 500 is not (7 or 8 or 9)).ToList();
        Assert.Equal(expected.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), postings.Select(p => p.ExternalId));
        Assert.Equal(expected.Select(i => $"Role {i}"), postings.Select(p => p.Title));
    }
}
