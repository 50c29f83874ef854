using JobSentinel.Core.Achievements;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Achievements;

public sealed class StarSuggesterTests
{
    private const string Resume = """
        Sam Lee
        sam.lee@example.com

        EXPERIENCE
        Staff Engineer, Initech
        Mar 2019 – Present
        • Led the migration of 40 services to Kubernetes to achieve 99.95% uptime by automating rollbacks
        • Reduced cloud costs by 35% with Terraform and spot instances
        • Attended weekly planning meetings
        • Built a Kafka event pipeline processing 5 million events per day
        Software Engineer, Hooli
        Jun 2015 – Feb 2019
        • Responsible for the billing service
        • Developed React dashboards used by 300 analysts
        • Led the migration of 40 services to Kubernetes to achieve 99.95% uptime by automating rollbacks
        """;

    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.LoadDefault();

    [Theory]
    [InlineData("• Reduced deployment time by 70% with Docker", true)]
    [InlineData("Built Python APIs serving 2,000 requests per second.", true)]
    [InlineData("Improved checkout conversion for mobile users", true)]
    [InlineData("Attended weekly planning meetings", false)]
    [InlineData("Responsible for the billing service", false)]
    [InlineData("Built internal tools", false)]
    [InlineData("Led 5", false)]
    [InlineData("Reducing cloud costs by 20% with spot instances", true)]
    [InlineData("Working closely with designers on 3 products", false)]
    [InlineData("Python, PostgreSQL, Docker", false)]
    public void IsAchievement_NeedsAnActionVerbAndAResult(string bullet, bool expected) =>
        Assert.Equal(expected, StarSuggester.IsAchievement(bullet));

    [Theory]
    [InlineData("Led the migration to Kubernetes to achieve 99.95% uptime by automating rollbacks",
        "Led the migration to Kubernetes by automating rollbacks", "99.95% uptime")]
    [InlineData("Redesigned the onboarding flow, resulting in 25% higher activation",
        "Redesigned the onboarding flow", "25% higher activation")]
    [InlineData("Rewrote the search indexer, which cut query latency from 800 ms to 90 ms",
        "Rewrote the search indexer", "Cut query latency from 800 ms to 90 ms")]
    [InlineData("Reduced deployment time by 70% with Docker and Kubernetes",
        "Used Docker and Kubernetes", "Reduced deployment time by 70%")]
    [InlineData("Cut build times 40% by caching dependencies",
        "By caching dependencies", "Cut build times 40%")]
    [InlineData("Built Python APIs on PostgreSQL serving 2,000 requests per second",
        "Built Python APIs on PostgreSQL", "Serving 2,000 requests per second")]
    [InlineData("Developed React dashboards used by 300 analysts.",
        "Developed React dashboards", "Used by 300 analysts")]
    [InlineData("Increased revenue by 12%", "", "Increased revenue by 12%")]
    [InlineData("Mentored 6 junior engineers", "Mentored 6 junior engineers", "")]
    public void Split_SeparatesWhatWasDoneFromWhatCameOfIt(string bullet, string action, string result)
    {
        var (actualAction, actualResult) = StarSuggester.Split(bullet);

        Assert.Equal(action, actualAction);
        Assert.Equal(result, actualResult);
    }

    [Fact]
    public void FromRoles_ParsedResume_SuggestsEachAchievementOnceWithRoleAndSkills()
    {
        var roles = ResumeTexts.Parser().Parse(Resume).Roles;

        var suggestions = StarSuggester.FromRoles(roles, Taxonomy);

        Assert.Equal(
            [
                "Led the migration of 40 services to Kubernetes to achieve 99.95% uptime by automating rollbacks",
                "Reduced cloud costs by 35% with Terraform and spot instances",
                "Built a Kafka event pipeline processing 5 million events per day",
                "Developed React dashboards used by 300 analysts",
            ],
            suggestions.Select(s => s.SourceText));
        var migration = suggestions[0];
        Assert.Equal("Initech", migration.Company);
        Assert.Equal("Staff Engineer", migration.Role);
        Assert.Equal("Staff Engineer at Initech", migration.Situation);
        Assert.Contains("Kubernetes", migration.Skills);
        Assert.Equal("99.95% uptime", migration.Result);
        var costs = suggestions[1];
        Assert.Contains("Terraform", costs.Skills);
        Assert.Equal("Reduced cloud costs by 35%", costs.Result);
        var dashboards = suggestions[3];
        Assert.Equal("Hooli", dashboards.Company);
        Assert.Contains("React", dashboards.Skills);
    }

    [Fact]
    public void FromRoles_RoleWithoutMeasuredResults_OffersItsActionBulletsWithMostSkillsWithAnEmptyResult()
    {
        var role = new ResumeRole("Full Stack Developer", "Uber", null, null, false, "2015 – 2020",
        [
            "Worked closely with the data science team.",
            "Collaborated with a team of engineers and designers.",
            "Developed and maintained web applications using React and Node.js.",
            "Led a team of junior developers and ran code reviews in GitHub.",
            "Built internal tools",
        ]);

        var suggestions = StarSuggester.FromRoles([role], Taxonomy);

        Assert.Equal(StarSuggester.ActionOnlyPerRole, suggestions.Count);
        Assert.Equal("Developed and maintained web applications using React and Node.js", suggestions[0].SourceText);
        Assert.Equal(suggestions[0].SourceText, suggestions[0].Action);
        Assert.Equal("", suggestions[0].Result);
        Assert.Equal("Full Stack Developer at Uber", suggestions[0].Situation);
        Assert.Contains("React", suggestions[0].Skills);
        Assert.Equal("Led a team of junior developers and ran code reviews in GitHub", suggestions[1].SourceText);
    }

    [Fact]
    public void FromRoles_RoleWithAnAchievement_DoesNotAddActionOnlyBullets()
    {
        var role = new ResumeRole("Engineer", "Initech", null, null, false, "2019",
            ["Developed React dashboards used by 300 analysts", "Developed and maintained web applications using React and Node.js"]);

        var suggestions = StarSuggester.FromRoles([role], Taxonomy);

        Assert.Equal(["Developed React dashboards used by 300 analysts"], suggestions.Select(s => s.SourceText));
    }

    [Fact]
    public void FromBullet_LongBullet_TitleIsShortenedAtAWord()
    {
        var bullet = "Led a cross-functional team of designers, engineers and analysts through the complete redesign of the customer portal, resulting in 30% fewer support tickets";

        var suggestion = StarSuggester.FromBullet(bullet, null, Taxonomy)!;

        Assert.True(suggestion.Title.Length <= 91, suggestion.Title);
        Assert.EndsWith("…", suggestion.Title, StringComparison.Ordinal);
        Assert.StartsWith("Led a cross-functional team", suggestion.Title, StringComparison.Ordinal);
        Assert.Equal("30% fewer support tickets", suggestion.Result);
        Assert.Equal("", suggestion.Situation);
        Assert.Null(suggestion.Company);
    }
}
