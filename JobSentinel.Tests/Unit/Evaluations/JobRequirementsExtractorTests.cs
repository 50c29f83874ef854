using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Tests.Unit.Evaluations;

public sealed class JobRequirementsExtractorTests
{
    private const string Posting = """
        Senior Platform Engineer
        About us
        We run our payments platform on Kubernetes and Terraform.
        What you'll do
        - Build payments services in Go
        - Operate Docker images for payments
        Requirements
        - 5+ years of experience with Go or Java
        - PostgreSQL in production
        - GraphQL is a plus
        - BS/MS in Computer Science
        Nice to have
        - Python
        Benefits
        - Kubernetes certification budget
        """;

    private readonly JobRequirementsExtractor _extractor = new(TestTaxonomy.Small);

    [Fact]
    public void Extract_RequirementsSection_SkillsAreRequired()
    {
        var requirements = _extractor.Extract(Posting);

        Assert.Equal(["Go", "Java", "PostgreSQL"], requirements.RequiredSkills.Order());
    }

    [Fact]
    public void Extract_NiceToHaveSectionAndPlusLine_SkillsArePreferred()
    {
        var requirements = _extractor.Extract(Posting);

        Assert.Contains("Python", requirements.PreferredSkills);
        Assert.Contains("GraphQL", requirements.PreferredSkills);
    }

    [Fact]
    public void Extract_SkillInBodyWhenRequirementsExist_IsPreferred()
    {
        var requirements = _extractor.Extract(Posting);

        Assert.Contains("Docker", requirements.PreferredSkills);
    }

    [Fact]
    public void Extract_SkillOnlyInCompanyOrBenefitsBlurb_IsNoRequirement()
    {
        var requirements = _extractor.Extract(Posting);

        Assert.DoesNotContain("Kubernetes", requirements.RequiredSkills.Concat(requirements.PreferredSkills));
        Assert.DoesNotContain("Terraform", requirements.RequiredSkills.Concat(requirements.PreferredSkills));
    }

    [Fact]
    public void Extract_NoHeadings_EverySkillIsRequired()
    {
        var requirements = _extractor.Extract("We need a React developer who knows TypeScript and GraphQL.");

        Assert.Equal(["GraphQL", "React", "TypeScript"], requirements.RequiredSkills.Order());
        Assert.Empty(requirements.PreferredSkills);
    }

    [Fact]
    public void Extract_OrList_IsOneListOfAlternatives()
    {
        var requirements = _extractor.Extract(Posting);

        var alternatives = Assert.Single(requirements.Alternatives);
        Assert.Equal(["Go", "Java"], alternatives.Order());
    }

    [Theory]
    [InlineData("5+ years of experience in web development", 5)]
    [InlineData("At least 3 years of professional experience", 3)]
    [InlineData("3-5 years building APIs", 3)]
    [InlineData("Over 10 years of experience in product management", 10)]
    [InlineData("2 yrs with React; 6+ years overall", 6)]
    public void Extract_YearsStatement_TakesTheBar(string line, double expected)
    {
        Assert.Equal(expected, _extractor.Extract(line).YearsRequired);
    }

    [Fact]
    public void Extract_NoYearsStated_YearsRequiredIsNull()
    {
        Assert.Null(_extractor.Extract("Founded 12 years ago, we hire engineers. Our office is 30 years old.").YearsRequired);
    }

    [Theory]
    [InlineData("Bachelor's degree in Computer Science or equivalent", EducationLevel.Bachelor)]
    [InlineData("BS/MS degree in Computer Science", EducationLevel.Bachelor)]
    [InlineData("Master's degree in Statistics", EducationLevel.Master)]
    [InlineData("PhD in Machine Learning", EducationLevel.Doctorate)]
    [InlineData("Bachelor’s degree (MBA preferred).", EducationLevel.Bachelor)]
    [InlineData("Degree in Computer Science, Engineering, or a related field.", EducationLevel.Bachelor)]
    public void Extract_DegreeStatement_ReadsTheMinimumLevel(string line, EducationLevel expected)
    {
        Assert.Equal(expected, _extractor.Extract(line).EducationRequired);
    }

    [Fact]
    public void Extract_DegreeOnlyPreferred_NoEducationRequired()
    {
        Assert.Null(_extractor.Extract("Requirements\n- Python\nNice to have\n- Master's degree in Physics").EducationRequired);
    }

    [Fact]
    public void Extract_Keywords_AreStemmedNonSkillTermsMostFrequentFirst()
    {
        var requirements = _extractor.Extract(Posting);

        Assert.Equal("payments", requirements.Keywords[0]);
        Assert.DoesNotContain("go", requirements.Keywords);
        Assert.DoesNotContain("years", requirements.Keywords);
    }
}
