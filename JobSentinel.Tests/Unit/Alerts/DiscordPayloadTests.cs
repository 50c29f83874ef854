using System.Text.Json.Nodes;
using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class DiscordPayloadTests
{
    [Fact]
    public void Build_OnePosting_HasContentAndOneEmbed()
    {
        var payload = DiscordPayload.Build(AlertMessages.Immediate());

        Assert.Equal("**New match for Default**", payload["content"]!.GetValue<string>());
        var embed = Assert.Single(payload["embeds"]!.AsArray())!;
        Assert.Equal("Senior Go Engineer", embed["title"]!.GetValue<string>());
        Assert.Equal(AlertMessages.ViewUrl, embed["url"]!.GetValue<string>());
        Assert.Equal("**Acme** · Berlin\nEUR 90,000–110,000 / year", embed["description"]!.GetValue<string>());
        var fields = embed["fields"]!.AsArray();
        Assert.Equal(["Score", "Why it matches", "Posting"], fields.Select(field => field!["name"]!.GetValue<string>()));
        Assert.Equal("92%", fields[0]!["value"]!.GetValue<string>());
        Assert.Equal("matched: kubernetes, go; remote", fields[1]!["value"]!.GetValue<string>());
        Assert.Equal($"[Open posting]({AlertMessages.JobUrl})", fields[2]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Build_Always_DisablesMentions()
    {
        var payload = DiscordPayload.Build(AlertMessages.Immediate(AlertMessages.Item(title: "Hiring @everyone")));

        Assert.Empty(payload["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public void Build_MarkdownInPostingText_IsEscaped()
    {
        var item = AlertMessages.Item(title: "**Free** [money](https://evil.example) @here", company: "_Acme_");

        var embed = DiscordPayload.Build(AlertMessages.Immediate(item))["embeds"]![0]!;

        Assert.Equal(@"\*\*Free\*\* \[money\]\(https://evil.example\) \@here", embed["title"]!.GetValue<string>());
        Assert.StartsWith(@"**\_Acme\_**", embed["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HugeTexts_AreCutToDiscordsLimitsWithAnEllipsis()
    {
        var huge = new string('x', 5000);
        var item = AlertMessages.Item(title: huge, company: huge, location: huge, salary: huge, reasons: [huge]);

        var embed = DiscordPayload.Build(AlertMessages.Immediate(item))["embeds"]![0]!;

        var title = embed["title"]!.GetValue<string>();
        Assert.Equal(DiscordPayload.TitleLimit, title.Length);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.True(embed["description"]!.GetValue<string>().Length <= DiscordPayload.DescriptionLimit);
        var reasons = embed["fields"]!.AsArray().Single(field => field!["name"]!.GetValue<string>() == "Why it matches")!["value"]!.GetValue<string>();
        Assert.Equal(DiscordPayload.FieldValueLimit, reasons.Length);
        Assert.EndsWith("…", reasons, StringComparison.Ordinal);
        Assert.True(CountedCharacters(embed) <= DiscordPayload.TotalEmbedLimit);
    }

    [Fact]
    public void Build_TenHugePostings_StayWithinTheLimitOverAllEmbeds()
    {
        var huge = new string('y', 3000);
        var items = Enumerable.Range(1, 10).Select(i => AlertMessages.Item(id: i, title: huge, company: huge, reasons: [huge])).ToArray();

        var embeds = DiscordPayload.Build(AlertMessages.Message(AlertMessageKind.Digest, items))["embeds"]!.AsArray();

        Assert.Equal(10, embeds.Count);
        Assert.True(embeds.Sum(embed => CountedCharacters(embed!)) <= DiscordPayload.TotalEmbedLimit);
        Assert.All(embeds, embed => Assert.EndsWith("…", embed!["title"]!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TwelvePostings_SendsTenEmbedsAndSaysHowManyMore()
    {
        var payload = DiscordPayload.Build(AlertMessages.Message(AlertMessageKind.Immediate, AlertMessages.Many(12), moreCount: 1));

        Assert.Equal(DiscordPayload.MaxEmbeds, payload["embeds"]!.AsArray().Count);
        Assert.Equal("**13 new matches for Default**\n…and 3 more", payload["content"]!.GetValue<string>());
    }

    [Fact]
    public void Build_NoPostingUrl_HasNoPostingField()
    {
        var embed = DiscordPayload.Build(AlertMessages.Immediate(AlertMessages.Item(jobUrl: null)))["embeds"]![0]!;

        Assert.DoesNotContain(embed["fields"]!.AsArray(), field => field!["name"]!.GetValue<string>() == "Posting");
    }

    /// <summary>What Discord counts towards its 6,000 characters per message.</summary>
    private static int CountedCharacters(JsonNode embed) =>
        (embed["title"]?.GetValue<string>().Length ?? 0)
        + (embed["description"]?.GetValue<string>().Length ?? 0)
        + embed["fields"]!.AsArray().Sum(field => field!["name"]!.GetValue<string>().Length + field["value"]!.GetValue<string>().Length);
}
