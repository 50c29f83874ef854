using System.Text.Json.Nodes;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class WebhookPayloadTests
{
    private static readonly DateTimeOffset SentAt = new(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(2));

    [Fact]
    public void Build_Immediate_HasTheDocumentedShape()
    {
        var message = AlertMessages.Message(AlertMessageKind.Immediate, [AlertMessages.Item()], moreCount: 3);

        var json = WebhookPayload.Build(message, SentAt).ToJsonString();

        var expected = JsonNode.Parse("""
            {
              "kind": "immediate",
              "channel": "Team alerts",
              "profile": "Default",
              "moreCount": 3,
              "jobs": [{
                "id": 42,
                "title": "Senior Go Engineer",
                "company": "Acme",
                "location": "Berlin",
                "score": 0.92,
                "reasons": ["matched: kubernetes, go", "remote"],
                "url": "https://boards.example/acme/jobs/4242",
                "viewUrl": "https://sentinel.example/jobs/42",
                "salary": "EUR 90,000–110,000 / year"
              }],
              "sentAt": "2025-03-14T07:26:53Z"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(json)), json);
    }

    [Fact]
    public void Build_MissingOptionalValues_AreJsonNulls()
    {
        var message = AlertMessages.Immediate(AlertMessages.Item(location: null, jobUrl: null, salary: null));

        var job = WebhookPayload.Build(message, SentAt)["jobs"]![0]!.AsObject();

        Assert.Null(job["location"]);
        Assert.Null(job["url"]);
        Assert.Null(job["salary"]);
        Assert.True(job.ContainsKey("location") && job.ContainsKey("url") && job.ContainsKey("salary"));
    }

    [Fact]
    public void Build_ManyPostings_SendsThemAll()
    {
        var message = AlertMessages.Message(AlertMessageKind.Digest, AlertMessages.Many(25));

        var jobs = WebhookPayload.Build(message, SentAt)["jobs"]!.AsArray();

        Assert.Equal(25, jobs.Count);
        Assert.Equal("digest", WebhookPayload.Build(message, SentAt)["kind"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(AlertMessageKind.Immediate, "immediate")]
    [InlineData(AlertMessageKind.Digest, "digest")]
    [InlineData(AlertMessageKind.Test, "test")]
    public void EventName_EachKind_IsItsCamelCaseName(AlertMessageKind kind, string expected)
    {
        Assert.Equal(expected, WebhookPayload.EventName(kind));
    }
}
