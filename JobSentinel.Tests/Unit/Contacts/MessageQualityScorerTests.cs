using JobSentinel.Core.Contacts;

namespace JobSentinel.Tests.Unit.Contacts;

public sealed class MessageQualityScorerTests
{
    private static readonly MessageContext Context = new("Jane Doe", "Acme", "Engineering Manager", "Senior Platform Engineer");

    private const string Good =
        "Hi Jane,\n\nI am applying for the Senior Platform Engineer role at Acme, and its focus on Kubernetes and Go matches the work " +
        "I have been doing. At Initech I moved 40 services to Kubernetes and cut deploy time from an hour to eight minutes. As an " +
        "engineering manager you know what the team needs most right now, and I would love to hear it.\n\nWould you be open to a " +
        "15-minute call next week? I am happy to send my CV beforehand.\n\nThank you,\nSam";

    [Fact]
    public void Score_SpecificPersonalMessage_ScoresFullMarks()
    {
        var quality = MessageQualityScorer.Score("Senior Platform Engineer at Acme", Good, Context);

        Assert.Equal(100, quality.Score);
        Assert.Empty(quality.Reasons);
        Assert.Equal(["length", "personalisation", "ask", "noCliches"], quality.Parts.Select(p => p.Name));
        Assert.Equal(100, quality.Parts.Sum(p => p.Max));
    }

    [Fact]
    public void Score_NoSubject_LosesLengthPointsWithAReason()
    {
        var quality = MessageQualityScorer.Score("", Good, Context);

        Assert.Equal(95, quality.Score);
        Assert.Contains("No subject line.", quality.Reasons);
    }

    [Theory]
    [InlineData(10, 0)]
    [InlineData(40, 12)]
    [InlineData(100, 20)]
    [InlineData(180, 12)]
    [InlineData(400, 0)]
    public void Score_BodyLength_IdealBetween50And150Words(int words, int bodyPoints)
    {
        var body = string.Join(' ', Enumerable.Repeat("word", words));

        var length = MessageQualityScorer.Score("Subject", body, Context).Parts.Single(p => p.Name == "length");

        Assert.Equal(5 + bodyPoints, length.Points);
    }

    [Fact]
    public void Score_GenericMessage_LosesPersonalisationForEachMissingPart()
    {
        var body = "Hello,\n\nI would like to work with your team on interesting problems. " + string.Join(' ', Enumerable.Repeat("detail", 50)) +
            " Would you be open to a 15-minute call?";

        var part = MessageQualityScorer.Score("Hello", body, Context).Parts.Single(p => p.Name == "personalisation");

        Assert.Equal(0, part.Points);
        Assert.Equal(3, part.Reasons.Count);
        Assert.Contains(part.Reasons, r => r.Contains("Jane Doe", StringComparison.Ordinal));
        Assert.Contains(part.Reasons, r => r.Contains("Acme", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Would you be open to a 15-minute call next week?", 25)]
    [InlineData("Let me know if a quick call works.", 18)]
    [InlineData("What do you think?", 12)]
    [InlineData("Thanks for reading.", 0)]
    public void Score_Ask_RewardsAConcreteQuestion(string ending, int points)
    {
        var ask = MessageQualityScorer.Score("s", "Hi Jane. " + ending, Context).Parts.Single(p => p.Name == "ask");

        Assert.Equal(points, ask.Points);
    }

    [Fact]
    public void Score_Cliches_EachCostsPointsAndIsNamed()
    {
        var body = "To whom it may concern, I hope this finds you well. I am a passionate rockstar ninja. " + Good;

        var part = MessageQualityScorer.Score("s", body, Context).Parts.Single(p => p.Name == "noCliches");

        Assert.Equal(0, part.Points);
        Assert.Contains("Cliché: \"passionate\".", part.Reasons);
        Assert.Contains("Cliché: \"to whom it may concern\".", part.Reasons);
        Assert.Equal(5, part.Reasons.Count);
    }

    [Fact]
    public void Score_ClicheInsideAnotherWord_DoesNotCount()
    {
        var part = MessageQualityScorer.Score("s", "Our dynamics team uses compassionate design.", Context).Parts.Single(p => p.Name == "noCliches");

        Assert.Equal(20, part.Points);
    }

    [Fact]
    public void Score_UnknownCompanyAndRole_AreNotHeldAgainstTheMessage()
    {
        var part = MessageQualityScorer.Score("s", "Hi Jane", new MessageContext("Jane", null, null, null)).Parts.Single(p => p.Name == "personalisation");

        Assert.Equal(30, part.Points);
    }
}
