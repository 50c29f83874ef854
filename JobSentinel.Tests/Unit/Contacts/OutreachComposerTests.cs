using JobSentinel.Core.Contacts;

namespace JobSentinel.Tests.Unit.Contacts;

public sealed class OutreachComposerTests
{
    private static readonly OutreachSources Sources = new(
        "Jane Doe", "Engineering Manager", "Acme", "Senior Platform Engineer", ["Kubernetes", "Go"], "Sam Taylor",
        "at Initech I moved 40 services to Kubernetes, and cut deploy time to 8 minutes",
        "Jane Doe Acme Engineering Manager Senior Platform Engineer Kubernetes Go Sam Taylor Initech moved 40 services to Kubernetes cut deploy time to 8 minutes");

    [Fact]
    public void Template_UsesTheContactJobAndAchievement_AndScoresWell()
    {
        var text = OutreachComposer.Template(Sources);

        Assert.Equal("Senior Platform Engineer at Acme - Sam Taylor", text.Subject);
        Assert.StartsWith("Hi Jane,", text.Body, StringComparison.Ordinal);
        Assert.Contains("Kubernetes and Go", text.Body, StringComparison.Ordinal);
        Assert.Contains("moved 40 services", text.Body, StringComparison.Ordinal);
        Assert.Empty(OutreachComposer.Check(text, Sources));
        Assert.True(MessageQualityScorer.Score(text.Subject, text.Body, Sources.Context).Score >= 90);
    }

    [Fact]
    public void Template_WithoutJobOrAchievement_StillAsksSomethingConcrete()
    {
        var text = OutreachComposer.Template(Sources with { JobTitle = null, Achievement = null, Requirements = [] });

        Assert.Equal("A question about Acme", text.Subject);
        Assert.Contains("15-minute call", text.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_InventedNumberOrEmployer_IsRefused()
    {
        var text = new OutreachText("Platform role", "Hi Jane,\n\nAt Google I cut costs by 75% across Acme's Kubernetes fleet. Could we talk?");

        var problems = OutreachComposer.Check(text, Sources);

        Assert.Contains(problems, p => p.Contains("'Google'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("75", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("Acme", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Subject: Hello Jane\n\nBody text here.", "Hello Jane", "Body text here.")]
    [InlineData("**Subject:** Platform role\r\n\r\nHi Jane,\r\nThanks", "Platform role", "Hi Jane,\nThanks")]
    public void Parse_SubjectAndBody_AreSplit(string answer, string subject, string body)
    {
        var text = OutreachComposer.Parse(answer);

        Assert.Equal((subject, body), (text!.Subject, text.Body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Just a body without a subject line.")]
    [InlineData("Subject: only a subject\n")]
    public void Parse_NoSubjectOrNoBody_IsNull(string? answer)
    {
        Assert.Null(OutreachComposer.Parse(answer));
    }
}
