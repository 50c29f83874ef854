using JobSentinel.Core.Skills;
using JobSentinel.Web.Components.Pages.Evaluations;
using Kind = JobSentinel.Web.Components.Pages.Evaluations.SkillHighlighter.Kind;

namespace JobSentinel.Tests.Unit.Web;

public sealed class SkillHighlighterTests
{
    private static readonly SkillTaxonomy Taxonomy = new(
    [
        new Skill("PostgreSQL", "database", ["Postgres"], []),
        new Skill("Go", "language", ["Golang"], []),
        new Skill("Spring Boot", "framework", [], []),
        new Skill("Spring Framework", "framework", ["Spring"], []),
        new Skill("C#", "language", [], []),
    ]);

    [Fact]
    public void Split_MarksAliasesAsTheirSkill_AndKeepsTheTextWhole()
    {
        const string text = "We use Postgres and golang daily.";
        var segments = new SkillHighlighter(Taxonomy, ["PostgreSQL"], ["Go"]).Split(text);

        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Contains(new SkillHighlighter.Segment("Postgres", Kind.Matched), segments);
        Assert.Contains(new SkillHighlighter.Segment("golang", Kind.Missing), segments);
    }

    [Fact]
    public void Split_PrefersTheLongestTerm_AndRespectsWordBoundaries()
    {
        var segments = new SkillHighlighter(Taxonomy, ["Spring Boot", "C#"], ["Go"]).Split("Spring Boot with C#, not Google or gopher.");

        Assert.Equal([new("Spring Boot", Kind.Matched), new("C#", Kind.Matched)], segments.Where(s => s.Kind != Kind.Plain).ToArray());
    }

    [Fact]
    public void Split_NoSkills_ReturnsTheTextAsOnePlainSegment()
    {
        Assert.Equal([new SkillHighlighter.Segment("text", Kind.Plain)], new SkillHighlighter(Taxonomy, [], []).Split("text"));
    }
}
