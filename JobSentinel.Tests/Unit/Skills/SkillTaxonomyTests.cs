using System.Diagnostics;
using JobSentinel.Core.Skills;

namespace JobSentinel.Tests.Unit.Skills;

/// <summary>
/// The shipped taxonomy and its matcher. How the data avoids false skills in ordinary prose:
/// <list type="bullet">
/// <item>No alias is an ordinary English word that matches in lower case: "Express.js", "Spring Framework",
/// "REST APIs", "Microsoft Excel" are the names; "express", "spring", "rest", "management", "design", "testing",
/// "support", "sales", "data", "cloud", "security", "operations" are never terms on their own.</item>
/// <item>Products named by an ordinary word are listed in the file's <c>capitalisedOnly</c>: "Excel", "React",
/// "Spark", "Slack", "Helm", "Notion" match only when capitalised, so "I excel at", "react quickly" and
/// "spark interest" are prose. "Excel" is kept this way because "Excel, PowerPoint, Word" is how most
/// resumes list it, and the verb is written in lower case.</item>
/// <item>One- and two-letter terms need a capital ("Go", "R", "C", "ML"); none is a common word in capitals
/// ("IT", "US", "OR", "PM", "PR", "AD", "DR" are not aliases), and they are not read inside "C-suite",
/// "Go-to-market" or an initial ("Harvey C. Dent"). "Go to market" is its own skill, so the longer phrase wins.</item>
/// </list>
/// </summary>
public sealed class SkillTaxonomyTests
{
    private static readonly SkillTaxonomy Taxonomy = SkillTaxonomy.LoadDefault();

    private static string[] Found(string text) => [.. Taxonomy.FindIn(text).Select(m => m.Skill)];

    [Fact]
    public void LoadDefault_ShippedData_HasAtLeast2500Skills()
    {
        Assert.True(Taxonomy.Count >= 2500, $"The taxonomy has {Taxonomy.Count} skills.");
    }

    [Fact]
    public void LoadDefault_EveryRelatedName_IsTheCanonicalNameOfAnotherSkill()
    {
        var names = Taxonomy.Skills.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

        var dangling = Taxonomy.Skills
            .SelectMany(s => s.Related.Where(r => !names.Contains(r) || r == s.Name).Select(r => $"{s.Name} → {r}"))
            .ToList();

        Assert.Empty(dangling);
    }

    [Fact]
    public void LoadDefault_NoTerm_IsClaimedByTwoSkills()
    {
        var claims = Taxonomy.Skills
            .SelectMany(s => s.Aliases.Prepend(s.Name).Select(t => (Key: string.Join(' ', SkillText.Tokenize(t)), s.Name)))
            .Distinct()
            .GroupBy(c => c.Key)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}")
            .ToList();

        Assert.Empty(claims);
    }

    [Fact]
    public void LoadDefault_EverySkill_HasACategoryFromTheVocabularyAndRelatedSkills()
    {
        string[] categories =
        [
            "language", "framework", "library", "database", "cloud", "devops", "data", "ml", "testing", "security", "mobile",
            "frontend", "backend", "practice", "methodology", "tool", "design", "product", "marketing", "sales", "finance",
            "hr", "operations", "healthcare", "legal", "support", "certification", "soft", "domain",
        ];

        Assert.Empty(Taxonomy.Skills.Where(s => !categories.Contains(s.Category) || s.Related.Count is 0 or > 6).Select(s => s.Name));
    }

    [Fact]
    public void FindIn_PhraseWrappedOverTwoLines_IsFoundOnceWithBothLinesAsEvidence()
    {
        var found = Taxonomy.FindIn("Built a sync engine with conflict\nresolution algorithms\n\nmachine\n\nlearning");

        var mention = Assert.Single(found, m => m.Skill == "Conflict Resolution");
        Assert.Equal("Built a sync engine with conflict resolution algorithms", mention.Evidence);
        Assert.DoesNotContain(found, m => m.Skill == "Machine Learning"); // a blank line ends the phrase
    }

    [Fact]
    public void FindIn_SkillEndingALine_DoesNotLendItsWordsToTheNextLine()
    {
        var found = Taxonomy.FindIn("Expert in Docker, Kubernetes, CI/CD\npipelines and cloud infrastructure").Select(m => m.Skill).ToList();

        Assert.Contains("CI/CD", found);
        Assert.DoesNotContain("Continuous Delivery", found);
    }

    [Fact]
    public void FindIn_SkillsWrittenAnyWay_AreFoundWithTheirLineAsEvidence()
    {
        var mentions = Taxonomy.FindIn("Summary\nBuilt APIs in Node.JS and Postgres\nShipped weekly");

        Assert.Equal(
            [new SkillMention("Node.js", "Built APIs in Node.JS and Postgres"), new SkillMention("PostgreSQL", "Built APIs in Node.JS and Postgres")],
            mentions);
    }

    [Theory]
    [InlineData("k8s", "Kubernetes")]
    [InlineData("Postgres", "PostgreSQL")]
    [InlineData("ReactJS", "React")]
    [InlineData("React.js", "React")]
    [InlineData("JS", "JavaScript")]
    [InlineData("GCP", "Google Cloud Platform")]
    [InlineData("Google Cloud Platform", "Google Cloud Platform")]
    [InlineData("golang", "Go")]
    [InlineData("CI/CD", "CI/CD")]
    [InlineData("A/B testing", "A/B Testing")]
    [InlineData("NLP", "Natural Language Processing")]
    [InlineData("PMP", "Project Management Professional")]
    public void Find_Alias_ResolvesToTheSkill(string alias, string expected)
    {
        Assert.Equal(expected, Taxonomy.Find(alias)?.Name);
    }

    [Theory]
    [InlineData("We need a plan to go to market next quarter.", "Go-to-Market Strategy")]
    [InlineData("Go-to-market launch for the C-suite.", "Go-to-Market Strategy")]
    [InlineData("Services in C, Go and Rust.", "C", "Go", "Rust")]
    [InlineData("Go, Rust", "Go", "Rust")]
    public void FindIn_ShortNames_OnlyWhenWrittenAsSkills(string text, params string[] expected)
    {
        Assert.Equal(expected, Found(text));
    }

    [Fact]
    public void FindIn_GoInProse_IsNotASkill()
    {
        Assert.Empty(Found("I go to the office and we go far."));
    }

    [Fact]
    public void FindIn_DotNetAndNetRevenue_OnlyDotNetIsASkill()
    {
        Assert.Equal([".NET"], Found("Grew net revenue by 12% with a .NET rewrite"));
        Assert.Empty(Found("Grew net revenue by 12%"));
    }

    [Fact]
    public void FindIn_CSharpAndCPlusPlus_AreDistinct()
    {
        Assert.Equal(["C#", "C++", "C"], Found("C#, C++ and C"));
    }

    [Fact]
    public void FindIn_MultiWordTerm_IsPreferredOverItsParts()
    {
        Assert.Equal(["Spring Boot"], Found("Microservices in Spring Boot").Skip(1));
        Assert.Equal(["Machine Learning", "Natural Language Processing"], Found("machine learning for natural language processing"));
    }

    [Fact]
    public void FindIn_AbbreviationsWithAmpersand_AreNotShortSkills()
    {
        Assert.Equal(["Profit and Loss Management"], Found("Owned R&D budget and P&L"));
    }

    [Fact]
    public void FindIn_ProductNamedByAWord_OnlyWhenCapitalised()
    {
        Assert.Empty(Found("I excel at helping teams react to change and spark new ideas."));
        Assert.Equal(["Microsoft Excel", "React", "Apache Spark"], Found("Excel, React, Spark"));
    }

    [Fact]
    public void FindIn_PluralOfATerm_IsTheTerm()
    {
        Assert.Equal(["REST APIs", "Data Pipelines"], Found("Designed RESTful APIs and data pipelines"));
    }

    [Fact]
    public void FindIn_NonTechCoverLetter_FindsOnlyTheSkillsItNames()
    {
        const string letter = """
            Dear Hiring Manager,

            I am writing to apply for the Store Manager position at Harbor & Pine. Over the last six years I
            have run a busy neighbourhood shop, where I opened the doors at 7 AM, counted the drawer, and made
            sure every customer left happier than they came in. I excel at keeping a team calm on a Saturday
            rush, and I react quickly when a delivery goes missing or the spring weather brings a crowd.

            I trained eleven new hires, wrote our opening checklist, and cut waste by ordering smaller batches
            twice a week. Our regulars tell me they come back for the people, and I believe that is the best
            measure of a store. I would love to bring that same care to your team, and to learn from a company
            whose values I share. Thank you for your time; I look forward to hearing from you.

            Kind regards,
            Maria C. Lopez
            """;

        Assert.Empty(Found(letter));
    }

    [Fact]
    public void FindIn_PlainOfficeCoverLetter_FindsTheSkillsItNames()
    {
        const string letter = """
            In my role as office manager I handled payroll, scheduling and vendor management, and I kept our
            books in QuickBooks. I am known for clear communication and strong attention to detail.
            """;

        Assert.Equal(["Office Management", "Payroll", "Scheduling", "Vendor Management", "QuickBooks", "Communication", "Attention to Detail"], Found(letter));
    }

    [Fact]
    public void RelatedTo_React_NamesItsNeighbours()
    {
        var related = Taxonomy.RelatedTo("ReactJS").Select(s => s.Name).ToList();

        Assert.Contains("JavaScript", related);
        Assert.Contains("Redux", related);
        Assert.DoesNotContain("React", related);
    }

    [Fact]
    public void RelatedTo_UnknownSkill_IsEmpty()
    {
        Assert.Empty(Taxonomy.RelatedTo("Basket weaving"));
    }

    [Fact]
    public void Constructor_CapitalisedOnlyTerm_MatchesOnlyWhenCapitalised()
    {
        var taxonomy = new SkillTaxonomy([new Skill("Helm", "devops", [], [])], ["Helm"]);

        Assert.Empty(taxonomy.FindIn("at the helm of the team"));
        Assert.Single(taxonomy.FindIn("Helm charts"));
    }

    [Fact]
    public void FindIn_FiveThousandCharacterPosting_PrintsItsTime()
    {
        var posting = string.Concat(Enumerable.Repeat(
            "We are hiring a Senior Backend Engineer to build REST APIs in Go and Python on AWS (EKS, S3, Lambda).\n" +
            "You will own PostgreSQL schemas, Kafka pipelines and Terraform modules, mentor engineers and work with product managers.\n" +
            "Nice to have: Kubernetes, Datadog, GraphQL, React and TypeScript; experience with A/B testing and CI/CD.\n", 17))[..5000];
        for (var i = 0; i < 200; i++)
        {
            Taxonomy.FindIn(posting);
        }

        const int Runs = 2000;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Runs; i++)
        {
            Taxonomy.FindIn(posting);
        }

        var microseconds = clock.Elapsed.TotalMicroseconds / Runs;
        TestContext.Current.TestOutputHelper?.WriteLine($"FindIn on 5,000 characters: {microseconds:F1} µs ({microseconds / (5000 / 1024.0):F1} µs per KB)");
        Assert.NotEmpty(Taxonomy.FindIn(posting));
    }
}
