using System.Text.RegularExpressions;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Pipeline;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Pipeline;

/// <summary>The tailoring rules: the resume's real content reordered and selected toward the posting, nothing invented.</summary>
public sealed partial class CvTailorTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.LoadDefault();
    private static readonly CvTailor Tailor = new(Taxonomy);
    private static readonly ParsedResume Resume = ResumeTexts.Parser().Parse(ResumeTexts.Clean);

    private static readonly StarRecord Star = new()
    {
        Title = "Fraud rules engine",
        Company = "Contoso Payments",
        Role = "Senior Software Engineer",
        Action = "Built a rules engine in Python",
        Result = "Blocked 18% more fraudulent payments within 2 months using Python and PostgreSQL",
        SkillsJson = """["Python","PostgreSQL"]""",
        Status = StarRecordStatus.Accepted,
    };

    private static TailoringInput Input(IReadOnlyList<string> jobSkills, params StarRecord[] stars) =>
        new(Resume, stars, "Backend Engineer", "Acme Robotics", jobSkills);

    [Fact]
    public void Skills_PostingsSkillsTheResumeHasComeFirst_OnlyResumeSkills()
    {
        var skills = CvTailor.OrderedSkills(Input(["Kubernetes", "Rust", "PostgreSQL"]));

        Assert.Equal(["Kubernetes", "PostgreSQL"], skills.Take(2));
        Assert.DoesNotContain("Rust", skills);
        Assert.Equal(Resume.Skills.Select(s => s.Skill).Distinct().Order(), skills.Order());
    }

    [Fact]
    public void Experience_KeepsEveryRoleAsWritten_BulletsMatchingThePostingFirst()
    {
        var experience = Section(Tailor.Tailor(Input(["Docker"])), "experience");
        var blocks = experience.Split("\n\n");

        Assert.Equal(Resume.Roles.Count, blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            var role = Resume.Roles[i];
            Assert.Equal($"{role.Title}, {role.Company} | {role.DateText}", blocks[i].Split('\n')[0]);
        }

        // Fabrikam: the Docker bullet was third in the resume.
        Assert.StartsWith("- Introduced Docker-based development environments", blocks[1].Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Experience_SelectsBullets_AtLeastThreeForRecentRolesTwoForOlder_NoneOutsideTheResume()
    {
        var experience = Section(Tailor.Tailor(Input(["Kubernetes"])), "experience");
        var bullets = experience.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        var resumeBullets = Resume.Roles.SelectMany(r => r.Bullets).ToList();

        Assert.All(bullets, b => Assert.Contains(resumeBullets, r => r.Contains(b, StringComparison.Ordinal)));
        var perRole = experience.Split("\n\n").Select(block => block.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal))).ToList();
        Assert.Equal([CvTailor.MinBulletsRecentRole, CvTailor.MinBulletsRecentRole, CvTailor.MinBulletsPerRole], perRole);
        Assert.True(bullets.Count < resumeBullets.Count);
    }

    [Fact]
    public void StarResult_IsAddedToItsRole_RankedByTheSkillsItTags()
    {
        var experience = Section(Tailor.Tailor(Input(["Python", "PostgreSQL"], Star)), "experience");
        var contoso = experience.Split("\n\n")[0].Split('\n');

        Assert.Equal("- Built a rules engine in Python – blocked 18% more fraudulent payments within 2 months using Python and PostgreSQL", contoso[1]);
        Assert.DoesNotContain(Star.Result, experience.Split("\n\n")[1]);
    }

    [Fact]
    public void StarOfNoRole_IsQuotedInTheLetterWithWhereItHappened_NotInTheCv()
    {
        var general = new StarRecord
        {
            Title = "Faster deploys", Company = "Globex", Action = "Built a CI/CD pipeline with Docker", Result = "Deploys take 10 minutes",
            SkillsJson = """["Docker","CI/CD"]""", Status = StarRecordStatus.Accepted,
        };
        var input = Input(["Docker", "CI/CD"], general);

        var letter = string.Join("\n", new LetterTemplates(Tailor).CoverLetter(input, null).Select(s => s.Text));

        Assert.Contains("- Built a CI/CD pipeline with Docker – deploys take 10 minutes (Globex)", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Deploys take 10 minutes", Section(Tailor.Tailor(input), "experience"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void StarOfAnotherEmployer_IsNotAttachedToAnyRole()
    {
        var stranger = new StarRecord { Title = "x", Company = "Globex", Result = "Won 3 awards", Status = StarRecordStatus.Accepted };

        Assert.DoesNotContain("Won 3 awards", Section(Tailor.Tailor(Input(["Python"], stranger)), "experience"));
    }

    [Fact]
    public void Education_IsCopiedAsWritten()
    {
        var education = Section(Tailor.Tailor(Input([])), "education");

        Assert.Equal("Bachelor of Science in Computer Science, University of Washington, 2016", education);
    }

    [Fact]
    public void WholeCvAndLetters_StateNoEmployerTitleDateDegreeOrNumberOutsideTheSources()
    {
        var input = Input(["Python", "PostgreSQL", "Kubernetes", "React", "Go"], Star);
        var research = new CompanyProfile("Acme Robotics", 12, ["Berlin"], ["Platform"], ["Kubernetes", "Go", "PostgreSQL"], 90000, 140000, "EUR", "s", DateTime.UtcNow);
        var documents = new[]
        {
            Tailor.Tailor(input),
            new LetterTemplates(Tailor).CoverLetter(input, research),
            LetterTemplates.Outreach(input),
        };
        var sources = string.Join("\n", input.SourceTexts());

        foreach (var text in documents.Select(d => string.Join("\n", d.Select(s => s.Heading + "\n" + s.Text))))
        {
            Assert.Empty(input.Guard().Check(text));
            foreach (var number in Number().Matches(text).Select(m => m.Value))
            {
                Assert.Contains(number, sources, StringComparison.Ordinal);
            }
        }

        var experience = Section(documents[0], "experience");
        foreach (var header in experience.Split("\n\n").Select(b => b.Split('\n')[0]))
        {
            var (titleAndEmployer, dates) = (header.Split(" | ")[0], header.Split(" | ")[1]);
            Assert.Contains(dates, sources, StringComparison.Ordinal);
            Assert.All(titleAndEmployer.Split(", "), part => Assert.Contains(part, sources, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("12", string.Join("\n", documents[1].Select(s => s.Text))); // research numbers are not claims
    }

    [Fact]
    public void Summary_TemplateNamesTheLatestTitleAndMatchedSkills()
    {
        var summary = CvTailor.TemplateSummary(Input(["Kubernetes", "PostgreSQL"]));

        Assert.StartsWith("Senior Software Engineer with hands-on experience in Kubernetes, PostgreSQL", summary, StringComparison.Ordinal);
        Assert.EndsWith("Interested in the Backend Engineer role at Acme Robotics.", summary, StringComparison.Ordinal);
    }

    private static string Section(IReadOnlyList<DocumentSection> sections, string name) => sections.Single(s => s.Name == name).Text;

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
