using System.Text.Json.Nodes;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class TeamsPayloadTests
{
    [Fact]
    public void Build_OnePosting_IsAMessageWithOneAdaptiveCard()
    {
        var payload = TeamsPayload.Build(AlertMessages.Immediate());

        Assert.Equal("message", payload["type"]!.GetValue<string>());
        var attachment = Assert.Single(payload["attachments"]!.AsArray())!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(attachment.ContainsKey("contentUrl"));
        Assert.Null(attachment["contentUrl"]);
        var card = attachment["content"]!;
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card["$schema"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.4", card["version"]!.GetValue<string>());
    }

    [Fact]
    public void Build_OnePosting_ShowsTitleFactsAndCardButtons()
    {
        var card = Card(TeamsPayload.Build(AlertMessages.Immediate()));

        var body = card["body"]!.AsArray();
        Assert.Equal("TextBlock", body[0]!["type"]!.GetValue<string>());
        Assert.Equal("New match for Default", body[0]!["text"]!.GetValue<string>());
        var posting = body[1]!["items"]!.AsArray();
        Assert.Equal("Senior Go Engineer", posting[0]!["text"]!.GetValue<string>());
        var facts = posting[1]!["facts"]!.AsArray().ToDictionary(fact => fact!["title"]!.GetValue<string>(), fact => fact!["value"]!.GetValue<string>());
        Assert.Equal("Acme", facts["Company"]);
        Assert.Equal("Berlin", facts["Location"]);
        Assert.Equal("EUR 90,000–110,000 / year", facts["Salary"]);
        Assert.Equal("92%", facts["Score"]);
        Assert.Equal("matched: kubernetes, go; remote", facts["Why"]);
        var actions = card["actions"]!.AsArray();
        Assert.Equal("Action.OpenUrl", actions[0]!["type"]!.GetValue<string>());
        Assert.Equal("View job", actions[0]!["title"]!.GetValue<string>());
        Assert.Equal(AlertMessages.ViewUrl, actions[0]!["url"]!.GetValue<string>());
        Assert.Equal(AlertMessages.JobUrl, actions[1]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Build_SeveralPostings_EachHasItsOwnViewJobButton()
    {
        var card = Card(TeamsPayload.Build(AlertMessages.Message(AlertMessageKind.Immediate, AlertMessages.Many(12))));

        var containers = card["body"]!.AsArray().Where(block => block!["type"]!.GetValue<string>() == "Container").ToList();
        Assert.Equal(TeamsPayload.MaxItems, containers.Count);
        var urls = containers.Select(container => container!["items"]!.AsArray()
            .Single(item => item!["type"]!.GetValue<string>() == "ActionSet")!["actions"]![0]!["url"]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"https://sentinel.example/jobs/{i}"), urls);
        Assert.Empty(card["actions"]!.AsArray());
        Assert.Equal("…and 2 more", card["body"]!.AsArray()[^1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_Digest_HeaderCountsEveryMatch()
    {
        var card = Card(TeamsPayload.Build(AlertMessages.Message(AlertMessageKind.Digest, AlertMessages.Many(3), moreCount: 4)));

        Assert.Equal("Daily digest: 7 matches", card["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_MissingOptionalValues_AreLeftOutOfTheFacts()
    {
        var card = Card(TeamsPayload.Build(AlertMessages.Immediate(AlertMessages.Item(location: null, salary: null, jobUrl: null))));

        var facts = card["body"]![1]!["items"]![1]!["facts"]!.AsArray().Select(fact => fact!["title"]!.GetValue<string>());
        Assert.Equal(["Company", "Score", "Why"], facts);
        Assert.Single(card["actions"]!.AsArray());
    }

    private static JsonNode Card(JsonObject payload) => payload["attachments"]![0]!["content"]!;
}
