using System.Text.Json.Nodes;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class SlackPayloadTests
{
    [Fact]
    public void Build_OnePosting_HasHeaderSectionAndButtons()
    {
        var payload = SlackPayload.Build(AlertMessages.Immediate());

        var blocks = Blocks(payload);
        Assert.Equal("header", blocks[0]["type"]!.GetValue<string>());
        Assert.Equal("New match for Default", blocks[0]["text"]!["text"]!.GetValue<string>());
        var section = Assert.Single(blocks, block => Type(block) == "section");
        Assert.Equal("mrkdwn", section["text"]!["type"]!.GetValue<string>());
        Assert.Equal(
            "*<https://sentinel.example/jobs/42|Senior Go Engineer>*\nAcme · Berlin\n:moneybag: EUR 90,000–110,000 / year\n*Score:* 92% · matched: kubernetes, go; remote",
            section["text"]!["text"]!.GetValue<string>());
        var buttons = Assert.Single(blocks, block => Type(block) == "actions")["elements"]!.AsArray();
        Assert.Equal(2, buttons.Count);
        Assert.Equal("button", buttons[0]!["type"]!.GetValue<string>());
        Assert.Equal("View job", buttons[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(AlertMessages.ViewUrl, buttons[0]!["url"]!.GetValue<string>());
        Assert.Equal("Open posting", buttons[1]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(AlertMessages.JobUrl, buttons[1]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Build_Always_HasATextFallback()
    {
        var payload = SlackPayload.Build(AlertMessages.Immediate());

        Assert.Equal("New match for Default: Senior Go Engineer at Acme (92%)", payload["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_ControlCharactersInPostingText_AreEscaped()
    {
        var item = AlertMessages.Item(title: "R&D <Lead> | Platform", company: "A<B>&C", reasons: ["matched: c++ & <go>"]);

        var text = Section(SlackPayload.Build(AlertMessages.Immediate(item)));

        Assert.Contains("|R&amp;D &lt;Lead&gt; | Platform>*", text, StringComparison.Ordinal);
        Assert.Contains("A&lt;B&gt;&amp;C", text, StringComparison.Ordinal);
        Assert.Contains("matched: c++ &amp; &lt;go&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<Lead>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UrlWithDelimiters_StaysOneLink()
    {
        var item = AlertMessages.Item(viewUrl: "https://sentinel.example/jobs/42?a=1&b=<2>|x");

        var text = Section(SlackPayload.Build(AlertMessages.Immediate(item)));

        Assert.StartsWith("*<https://sentinel.example/jobs/42?a=1&amp;b=%3C2%3E%7Cx|Senior Go Engineer>*", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoPostingUrl_HasOnlyTheViewJobButton()
    {
        var payload = SlackPayload.Build(AlertMessages.Immediate(AlertMessages.Item(jobUrl: null)));

        var button = Assert.Single(Assert.Single(Blocks(payload), block => Type(block) == "actions")["elements"]!.AsArray());
        Assert.Equal(AlertMessages.ViewUrl, button!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Build_JavascriptPostingUrl_IsNotAButton()
    {
        var payload = SlackPayload.Build(AlertMessages.Immediate(AlertMessages.Item(jobUrl: "javascript:alert(1)")));

        Assert.DoesNotContain("javascript:", payload.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoSalary_LeavesTheSalaryLineOut()
    {
        var text = Section(SlackPayload.Build(AlertMessages.Immediate(AlertMessages.Item(salary: null))));

        Assert.DoesNotContain(":moneybag:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BatchBeyondTen_ShowsTenAndSaysHowManyMore()
    {
        var message = AlertMessages.Message(AlertMessageKind.Immediate, AlertMessages.Many(15), moreCount: 3);

        var blocks = Blocks(SlackPayload.Build(message));

        Assert.Equal("18 new matches for Default", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.Equal(10, blocks.Count(block => Type(block) == "section"));
        Assert.Equal("…and 8 more", blocks[^1]["elements"]![0]!["text"]!.GetValue<string>());
        Assert.True(blocks.Count <= 50, $"{blocks.Count} blocks is over Slack's limit.");
    }

    [Fact]
    public void Build_BatchWithoutMore_HasNoMoreLine()
    {
        var blocks = Blocks(SlackPayload.Build(AlertMessages.Message(AlertMessageKind.Immediate, AlertMessages.Many(5))));

        Assert.Equal("5 new matches for Default", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.DoesNotContain(blocks, block => Type(block) == "context");
    }

    [Fact]
    public void Build_Digest_HeaderCountsEveryMatch()
    {
        var message = AlertMessages.Message(AlertMessageKind.Digest, AlertMessages.Many(5), moreCount: 2, profile: "Platform");

        var blocks = Blocks(SlackPayload.Build(message));

        Assert.Equal("Daily digest: 7 matches", blocks[0]["text"]!["text"]!.GetValue<string>());
        Assert.Equal("Profile: Platform", blocks[1]["elements"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Build_TestMessage_SaysSoAndShowsTheSample()
    {
        var message = TestAlert.Create("Team alerts", "https://sentinel.example/");

        var payload = SlackPayload.Build(message);

        Assert.Equal("Test alert from JobSentinel", Blocks(payload)[0]["text"]!["text"]!.GetValue<string>());
        Assert.Contains("Senior Backend Engineer (sample)", Section(payload), StringComparison.Ordinal);
        Assert.Equal("https://sentinel.example/jobs", Assert.Single(Blocks(payload), block => Type(block) == "actions")["elements"]![0]!["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("plain *bold*", "plain *bold*")]
    public void Escape_ControlCharacters_BecomeEntities(string text, string expected)
    {
        Assert.Equal(expected, SlackPayload.Escape(text));
    }

    private static List<JsonNode> Blocks(JsonObject payload) => [.. payload["blocks"]!.AsArray().Select(block => block!)];

    private static string Type(JsonNode block) => block["type"]!.GetValue<string>();

    private static string Section(JsonObject payload) =>
        Blocks(payload).First(block => Type(block) == "section")["text"]!["text"]!.GetValue<string>();
}
