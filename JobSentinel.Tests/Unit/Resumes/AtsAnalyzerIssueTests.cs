using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;
using static JobSentinel.Tests.Builders.ResumeTexts;

namespace JobSentinel.Tests.Unit.Resumes;

/// <summary>One broken input per issue code: the clean resume with exactly one thing changed.</summary>
public sealed class AtsAnalyzerIssueTests
{
    private static AtsIssue Issue(AtsReport report, string code) =>
        Assert.Single(report.Issues, i => i.Code == code);

    private static AtsIssue IssueOf(string text, string code) => Issue(Report(text), code);

    [Fact]
    public void Analyze_CleanResume_RaisesNone()
    {
        Assert.Empty(Report(Clean).Issues);
    }

    [Fact]
    public void Analyze_AlmostNoText_IsUnreadable()
    {
        var issue = IssueOf("Jane Smith\njane@example.com", AtsIssueCodes.UnreadableText);

        Assert.Equal(IssueSeverity.Critical, issue.Severity);
    }

    [Fact]
    public void Analyze_UnderTwoHundredWords_IsTooShort()
    {
        var text = Join(Contact, "Experience\nEngineer, Contoso\nJan 2021 – Present\n• Cut batch time from 6 hours to 40 minutes\n• Reduced duplicate charges by 92%\n• Mentored 4 engineers on 3 teams", Education, SkillsSection);

        Assert.Contains("words", IssueOf(text, AtsIssueCodes.TooShort).Message);
    }

    [Fact]
    public void Analyze_OverAThousandWordsOnOnePage_IsTooLong()
    {
        var padding = string.Concat(Enumerable.Repeat("\n• Reduced costs by 10% across 4 regions by consolidating the vendor contracts", 70));

        Assert.Contains("on 1 page", IssueOf(Clean + padding, AtsIssueCodes.TooLong).Message);
    }

    [Fact]
    public void Analyze_ThreePages_IsTooLong()
    {
        Assert.Contains("3 pages", Issue(Report(Clean, new DocumentLayout(3, 1, false, false, 0, false)), AtsIssueCodes.TooLong).Message);
    }

    [Fact]
    public void Analyze_NoHeadingsAtAll_IsNoSectionHeadingsInsteadOfEachMissingSection()
    {
        var report = Report(Clean.Replace("Summary\n", "").Replace("Experience\n", "").Replace("Education\n", "").Replace("Skills\n", "").Replace("Certifications\n", ""));

        Assert.Equal(IssueSeverity.Critical, Issue(report, AtsIssueCodes.NoSectionHeadings).Severity);
        Assert.DoesNotContain(report.Issues, i => i.Code == AtsIssueCodes.MissingExperience);
    }

    [Fact]
    public void Analyze_NoExperienceSection_IsMissingExperience()
    {
        Assert.Equal(IssueSeverity.High, IssueOf(Join(Contact, Summary, Education, SkillsSection), AtsIssueCodes.MissingExperience).Severity);
    }

    [Fact]
    public void Analyze_NoEducationSection_IsMissingEducation()
    {
        IssueOf(Join(Contact, Summary, Experience, SkillsSection), AtsIssueCodes.MissingEducation);
    }

    [Fact]
    public void Analyze_NoSkillsSection_IsMissingSkills()
    {
        IssueOf(Join(Contact, Summary, Experience, Education), AtsIssueCodes.MissingSkills);
    }

    [Fact]
    public void Analyze_CreativeHeading_IsNonStandardAndQuoted()
    {
        var issue = IssueOf(Join(Clean, "MY JOURNEY\nStarted coding at twelve."), AtsIssueCodes.NonStandardHeading);

        Assert.Contains("“MY JOURNEY”", issue.Message);
    }

    [Fact]
    public void Analyze_ReferencesHeading_IsStandard()
    {
        Assert.Empty(Report(Join(Clean, "References\nAvailable on request.")).Issues);
    }

    [Theory]
    [InlineData("Jane Smith\n", "", AtsIssueCodes.MissingName)]
    [InlineData(" | jane.smith@example.com", "", AtsIssueCodes.MissingEmail)]
    [InlineData(" | +1 206 555 0199", "", AtsIssueCodes.MissingPhone)]
    [InlineData(" | linkedin.com/in/janesmith", "", AtsIssueCodes.MissingLinkedIn)]
    [InlineData("Seattle, WA | ", "", AtsIssueCodes.MissingLocation)]
    public void Analyze_ContactFieldRemoved_IsReported(string remove, string replacement, string code)
    {
        var report = Report(Clean.Replace(remove, replacement));

        Assert.Equal([code], report.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Analyze_ExperienceWithoutReadableRoles_IsRolesNotDetected()
    {
        var text = Join(Contact, Summary, "Experience\nbuilt payment systems for banks and retailers over the years, mostly backend work in c# and python.", Education, SkillsSection);

        Assert.Equal(IssueSeverity.High, IssueOf(text, AtsIssueCodes.RolesNotDetected).Severity);
    }

    [Fact]
    public void Analyze_RoleWithoutDates_NamesTheRole()
    {
        var issue = IssueOf(Clean.Replace("Jun 2016 – Feb 2017\n", ""), AtsIssueCodes.RolesWithoutDates);

        Assert.Contains("“Junior Developer”", issue.Message);
    }

    [Fact]
    public void Analyze_MonthNamesMixedWithNumericDates_IsInconsistentAndQuotesBoth()
    {
        var issue = IssueOf(Clean.Replace("Mar 2017 – Dec 2020", "03/2017 – 12/2020"), AtsIssueCodes.InconsistentDateFormats);

        Assert.Equal(IssueSeverity.Medium, issue.Severity);
        Assert.Contains("Jan 2021 – Present", issue.Message);
        Assert.Contains("03/2017 – 12/2020", issue.Message);
    }

    [Fact]
    public void Analyze_YearOnlyDates_AreReported()
    {
        var text = Clean.Replace("Jan 2021 – Present", "2021 – Present").Replace("Mar 2017 – Dec 2020", "2017 – 2020").Replace("Jun 2016 – Feb 2017", "2016 – 2017");

        Assert.Equal(IssueSeverity.Low, IssueOf(text, AtsIssueCodes.YearOnlyDates).Severity);
    }

    [Fact]
    public void Analyze_BulletOverThirtyWords_QuotesItsFirstWords()
    {
        var bullet = "• Coordinated the quarterly planning process across engineering, product, design, finance and legal, gathering requirements from every stakeholder group, reconciling conflicting priorities and publishing a roadmap that 4 directors signed off in January";
        var issue = IssueOf(Clean.Replace("• Mentored 4 engineers and introduced design reviews adopted by 3 teams", bullet), AtsIssueCodes.LongBullets);

        Assert.Contains("“Coordinated the quarterly planning process across engineering, product,…” (32 words)", issue.Message);
    }

    [Fact]
    public void Analyze_SummarySentenceOverThirtyFiveWords_IsLongSentence()
    {
        var sentence = "Backend engineer who has spent the last nine years building, scaling, operating and documenting payment, billing, ledger and data platforms for companies of every size, from small startups to public enterprises, mostly in C# and Python on AWS.";

        IssueOf(Clean.Replace("Backend engineer with 9 years of experience building payment and data platforms in C# and Python.", sentence), AtsIssueCodes.LongSentences);
    }

    [Fact]
    public void Analyze_BulletsWithoutNumbers_AreFewMeasurableResults()
    {
        var experience = """
            Experience
            Senior Software Engineer, Contoso Payments
            Jan 2021 – Present
            • Led the migration of the settlement service to .NET and PostgreSQL
            • Designed an idempotent retry pipeline for card charges
            • Mentored engineers and introduced design reviews
            • Automated blue-green deployments on Kubernetes
            """;

        var issue = IssueOf(Join(Contact, Summary, experience, Education, SkillsSection), AtsIssueCodes.FewMeasurableResults);

        Assert.Equal(("Only 0 of 4 experience bullets show a number, percentage or amount.", IssueSeverity.Medium), (issue.Message, issue.Severity));
        Assert.Contains("metrics", issue.Fix);
    }

    [Fact]
    public void Analyze_RolesWithoutBullets_AreNoAchievementBullets()
    {
        var experience = "Experience\nSenior Software Engineer, Contoso Payments\nJan 2021 – Present\nSoftware Engineer, Fabrikam Analytics\nMar 2017 – Dec 2020";

        IssueOf(Join(Contact, Summary, experience, Education, SkillsSection), AtsIssueCodes.NoAchievementBullets);
    }

    [Fact]
    public void Analyze_WeakOpenings_SuggestStrongVerbs()
    {
        var text = Clean.Replace("• Led the migration", "• Responsible for the migration").Replace("• Built a React", "• Helped build a React");

        var issue = IssueOf(text, AtsIssueCodes.WeakActionVerbs);

        Assert.Contains("2 bullets", issue.Message);
        Assert.Contains("“Responsible for the migration of the…”", issue.Message);
        Assert.Contains("Spearheaded", issue.Fix);
    }

    [Fact]
    public void Analyze_SameOpeningVerbEverywhere_IsRepeated()
    {
        var text = Clean
            .Replace("• Designed", "• Built").Replace("• Automated", "• Built").Replace("• Optimized", "• Built").Replace("• Shipped", "• Built");

        Assert.Contains("“built”", IssueOf(text, AtsIssueCodes.RepeatedActionVerbs).Message);
    }

    [Fact]
    public void Analyze_FirstPerson_QuotesTheContext()
    {
        var text = Clean.Replace("Known for turning", "I am known for turning");

        var issue = IssueOf(text, AtsIssueCodes.FirstPersonPronouns);

        Assert.Contains("I am known for", issue.Message);
    }

    [Fact]
    public void Analyze_GradeNumeralsAndStateCodes_AreNoPronouns()
    {
        var text = Clean.Replace("Junior Developer, Northwind Traders", "Software Engineer I, Northwind Traders, Portland, ME");

        Assert.DoesNotContain(Report(text).Issues, i => i.Code == AtsIssueCodes.FirstPersonPronouns);
    }

    [Fact]
    public void Analyze_Cliches_AreListed()
    {
        var issue = IssueOf(Clean.Replace("Known for turning", "A results-driven team player known for turning"), AtsIssueCodes.Cliches);

        Assert.Contains("“results-driven”", issue.Message);
        Assert.Contains("“team player”", issue.Message);
    }

    [Theory]
    [InlineData(2, false, false, 0, false, AtsIssueCodes.MultiColumnLayout)]
    [InlineData(1, true, false, 0, false, AtsIssueCodes.Tables)]
    [InlineData(1, false, true, 0, false, AtsIssueCodes.Images)]
    [InlineData(1, false, false, 5, false, AtsIssueCodes.IconGlyphs)]
    [InlineData(1, false, false, 0, true, AtsIssueCodes.HeaderFooterText)]
    public void Analyze_LayoutRisk_IsReported(int columns, bool tables, bool images, int glyphs, bool headerFooter, string code)
    {
        var report = Report(Clean, new DocumentLayout(1, columns, tables, images, glyphs, headerFooter));

        Assert.Equal([code], report.Issues.Select(i => i.Code));
    }

    [Fact]
    public void Analyze_FewIconGlyphs_AreLow()
    {
        Assert.Equal(IssueSeverity.Low, Issue(Report(Clean, new DocumentLayout(1, 1, false, false, 2, false)), AtsIssueCodes.IconGlyphs).Severity);
    }

    [Theory]
    [InlineData(FileFormat.Text)]
    [InlineData(FileFormat.Markdown)]
    [InlineData(FileFormat.Html)]
    public void Analyze_FormatThatLosesLayout_IsLowRisk(FileFormat format)
    {
        var issue = Issue(Report(Clean, format: format), AtsIssueCodes.RiskyFileFormat);

        Assert.Equal(IssueSeverity.Low, issue.Severity);
    }

    [Theory]
    [InlineData(FileFormat.Pdf)]
    [InlineData(FileFormat.Docx)]
    public void Analyze_PdfOrDocx_HasNoFormatRisk(FileFormat format)
    {
        Assert.Empty(Report(Clean, format: format).Issues);
    }

    [Fact]
    public void Analyze_NoRecognisedSkills_IsHigh()
    {
        var issue = Issue(Report(Clean, taxonomy: new SkillTaxonomy([new Skill("COBOL", "language", [], [])])), AtsIssueCodes.FewSkills);

        Assert.Equal(IssueSeverity.High, issue.Severity);
    }

    [Fact]
    public void Analyze_TwoRecognisedSkills_NamesThem()
    {
        var taxonomy = new SkillTaxonomy([new Skill("Python", "language", [], []), new Skill("Kubernetes", "cloud", ["k8s"], [])]);

        var issue = Issue(Report(Clean, taxonomy: taxonomy), AtsIssueCodes.FewSkills);

        Assert.Equal(IssueSeverity.Medium, issue.Severity);
        Assert.Contains("“Python”, “Kubernetes”", issue.Message);
    }
}
