using JobSentinel.Core.Documents;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Builders;

/// <summary>
/// A clean, well-formed resume in blocks, so that a test can break exactly one thing (drop a block, swap a line)
/// and check the one finding that should follow; plus the parser and analyzer wired with a fixed clock.
/// </summary>
public static class ResumeTexts
{
    /// <summary>"Now" for every resume test: June 2025, so "Present" and years of experience are stable.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public const string Contact = """
        Jane Smith
        Senior Software Engineer
        Seattle, WA | +1 206 555 0199 | jane.smith@example.com | linkedin.com/in/janesmith | github.com/janesmith
        """;

    public const string Summary = """
        Summary
        Backend engineer with 9 years of experience building payment and data platforms in C# and Python.
        Known for turning slow, fragile services into fast and observable ones that teams trust.
        """;

    public const string Experience = """
        Experience
        Senior Software Engineer, Contoso Payments
        Jan 2021 – Present
        • Led the migration of the settlement service to .NET and PostgreSQL, cutting nightly batch time from 6 hours to 40 minutes
        • Designed an idempotent retry pipeline that reduced duplicate charges by 92% across 3M monthly transactions
        • Mentored 4 engineers and introduced design reviews adopted by 3 teams
        • Automated blue-green deployments on Kubernetes, raising releases from weekly to 15 a week

        Software Engineer, Fabrikam Analytics
        Mar 2017 – Dec 2020
        • Built a React and TypeScript dashboard used by 1,200 analysts, replacing 30 spreadsheet reports
        • Optimized SQL queries behind the reporting API, lowering p95 latency from 2.1 s to 300 ms
        • Introduced Docker-based development environments that cut onboarding from 5 days to 1
        • Shipped a Python ingestion service processing 40 GB of events per day at 99.95% uptime

        Junior Developer, Northwind Traders
        Jun 2016 – Feb 2017
        • Delivered 12 customer-facing features for the order portal in C# and ASP.NET
        • Reduced support tickets by 25% by rewriting the checkout validation rules
        """;

    public const string Education = """
        Education
        Bachelor of Science in Computer Science, University of Washington, 2016
        """;

    public const string SkillsSection = """
        Skills
        C#, .NET, ASP.NET, Python, TypeScript, JavaScript, React, PostgreSQL, SQL, Docker, Kubernetes, Amazon Web Services
        """;

    public const string Certifications = """
        Certifications
        AWS Certified Solutions Architect, 2022
        Certified Kubernetes Application Developer, 2023
        """;

    public static string Clean => Join(Contact, Summary, Experience, Education, SkillsSection, Certifications);

    /// <summary>The blocks, separated by blank lines as an extractor writes them.</summary>
    public static string Join(params string[] blocks) => string.Join("\n\n", blocks);

    public static ResumeParser Parser(SkillTaxonomy? taxonomy = null) =>
        new(taxonomy ?? SkillTaxonomy.LoadDefault(), new FakeTimeProvider(Now));

    public static AtsReport Report(string text, DocumentLayout? layout = null, FileFormat format = FileFormat.Docx, SkillTaxonomy? taxonomy = null) =>
        new AtsAnalyzer().Analyze(new ExtractedDocument(format, text, layout ?? DocumentLayout.Plain), Parser(taxonomy).Parse(text));
}
