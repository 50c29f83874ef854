using JobSentinel.Core.Pipeline;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Pipeline;

/// <summary>The guard on LLM text: numbers, employers, titles and degrees must come from the resume or STAR records.</summary>
public sealed class FabricationGuardTests
{
    private static readonly FabricationGuard Guard = new([ResumeTexts.Clean, "Cut cloud spend by 37% at Contoso Payments"], ["Acme Robotics", "Backend Engineer"]);

    [Theory]
    [InlineData("Senior Software Engineer with 9 years of experience in C# and Python, applying for the Backend Engineer role at Acme Robotics.")]
    [InlineData("At Contoso Payments I cut nightly batch time from 6 hours to 40 minutes and cut cloud spend by 37%.")]
    [InlineData("I hold a Bachelor of Science in Computer Science and built a dashboard used by 1,200 analysts.")]
    [InlineData("As Senior Software Engineer at Contoso Payments, I mentored 4 engineers.")]
    [InlineData("I cut nightly batch time from 6 hours to 40 minutes at Contoso Payments.")]
    public void Check_TextFromTheSources_Passes(string text) => Assert.Empty(Guard.Check(text));

    [Theory]
    [InlineData("Backend engineer with 14 years of experience.", "number \"14\"")]
    [InlineData("I reduced costs by 45% at Contoso Payments.", "number \"45\"")]
    [InlineData("Since 2014 I have built payment systems.", "number \"2014\"")]
    [InlineData("Previously I worked at Globex Corporation on payments.", "\"Globex Corporation\"")]
    [InlineData("At Globex Corporation I led a team.", "\"Globex Corporation\"")]
    [InlineData("As Principal Engineer I led the platform.", "title \"Principal Engineer\"")]
    [InlineData("As Staff Software Engineer I led the platform.", "title \"Staff Software Engineer\"")]
    [InlineData("I hold a Master of Science in Physics.", "degree \"Master of Science in Physics\"")]
    [InlineData("I earned an MBA while working.", "degree \"MBA\"")]
    public void Check_AnythingNotInTheSources_IsNamed(string text, string problem) =>
        Assert.Contains(Guard.Check(text), p => p.Contains(problem, StringComparison.Ordinal));

    [Fact]
    public void Check_PostingNumbers_AreNotSources()
    {
        var guard = new FabricationGuard([ResumeTexts.Clean], ["Acme Robotics", "Backend Engineer"]);

        Assert.NotEmpty(guard.Check("I meet your 17+ years requirement."));
    }

    [Fact]
    public void Check_AShortTarget_DoesNotLicenseLongerNames()
    {
        var guard = new FabricationGuard([ResumeTexts.Clean], ["Acme Robotics", "Go"]);

        Assert.Contains(guard.Check("At Google I built payment systems."), p => p.Contains("\"Google\"", StringComparison.Ordinal));
        Assert.Empty(guard.Check("I would bring my Go experience to Acme Robotics Inc."));
    }
}
