using System.Text.RegularExpressions;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.Options;

namespace JobSentinel.Tests.Unit.Documents;

public sealed partial class SharedFixtureDocumentTests
{
    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    [Theory]
    [InlineData("resumes/alfred_pennyworth_pm.pdf", "Alfred Pennyworth", "Product Manager", "Amazon", "Home Automation")]
    [InlineData("resumes/barry_allen_fe.pdf", "Barry Allen", "Front-End Developer", "Indian Institute of Technology")]
    [InlineData("resumes/bruce_wayne_fullstack.pdf", "Bruce Wayne", "MERN Stack Developer", "Node.js", "MongoDB")]
    [InlineData("resumes/harvey_dent_mle.pdf", "Harvey Dent", "Machine Learning")]
    [InlineData("resumes/john_doe.pdf", "JOHN DOE", "Full Stack Java Developer", "EDUCATION")]
    [InlineData("resumes/single-column.pdf", "JOHN DOE", "Stripe", "UC Berkeley")]
    [InlineData("resumes/modern-two-column.pdf", "John Doe", "Stripe", "UC Berkeley")]
    [InlineData("job-descriptions/job_desc_front_end_engineer.pdf", "Front End Engineer", "React", "Angular")]
    [InlineData("job-descriptions/job_desc_full_stack_engineer.pdf", "Senior Full Stack Engineer", "MongoDB", "hiring@techsolutions.com")]
    [InlineData("job-descriptions/job_desc_java_developer.pdf", "Java Developer", "Responsibilities", "Requirements")]
    [InlineData("job-descriptions/job_desc_product_manager.pdf", "Product Manager", "roadmap")]
    [InlineData("job-descriptions/data-scientist.docx", "Data Scientist", "machine learning", "₹20,00,000")]
    [InlineData("job-descriptions/web-developer.docx", "Web Developer", "Drupal & Wordpress", "PHP")]
    public void Read_SharedFixture_ExtractsTheExpectedWords(string fixture, params string[] expected)
    {
        var path = SharedFixtures.PathOf(fixture);

        var document = Reader.Read(File.ReadAllBytes(path), Path.GetFileName(path));

        Assert.All(expected, word => Assert.Contains(word, document.Text));
    }

    [Fact]
    public void Read_AlfredPennyworth_ContactLinesHaveNoIconGlyphs()
    {
        var path = SharedFixtures.PathOf("resumes/alfred_pennyworth_pm.pdf");

        var document = Reader.Read(File.ReadAllBytes(path), Path.GetFileName(path));

        var contact = document.Text.Split('\n').Take(8).ToArray();
        Assert.Contains("(123) 456-7890", contact);
        Assert.Contains("alfred.pennyworth@email.com", contact);
        Assert.Equal(2, contact.Count(line => line == "apennyworth"));
        Assert.DoesNotContain(contact, line => Regex.IsMatch(line, @"(^|\s)[I#ð§](\s|$)"));
        Assert.Equal(4, document.Layout.IconGlyphs);
    }

    [Fact]
    public void Read_SameCvInTwoLayouts_SameWordsAndSameExperienceSection()
    {
        var single = Reader.Read(File.ReadAllBytes(SharedFixtures.PathOf("resumes/single-column.pdf")), "single-column.pdf");
        var twoColumn = Reader.Read(File.ReadAllBytes(SharedFixtures.PathOf("resumes/modern-two-column.pdf")), "modern-two-column.pdf");

        var singleWords = Words(single.Text).ToHashSet();
        var twoColumnWords = Words(twoColumn.Text).ToHashSet();
        var overlap = singleWords.Intersect(twoColumnWords).Count() / (double)singleWords.Union(twoColumnWords).Count();
        Assert.True(overlap >= 0.95, $"Only {overlap:P1} of the words are shared.");
        Assert.Equal(2, twoColumn.Layout.Columns);
        Assert.Equal(1, single.Layout.Columns);
        Assert.Equal(Words(Section(single.Text, "EXPERIENCE")), Words(Section(twoColumn.Text, "EXPERIENCE")));
    }

    // The experience section of both layouts, as one run of words: wrapping differs, wording does not.
    private static string Section(string text, string heading)
    {
        var lines = text.Split('\n');
        return string.Join(' ', lines.SkipWhile(line => line != heading).Skip(1).TakeWhile(line => !IsHeading(line)));
    }

    private static bool IsHeading(string line) => line.Length > 3 && line == line.ToUpperInvariant() && line.Any(char.IsLetter);

    // Separators the two templates draw differently ("Stripe • San Francisco" vs "Stripe San Francisco", "UC Berkeley | 2019").
    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}+#./@&%-]*")]
    private static partial Regex WordPattern();
}
