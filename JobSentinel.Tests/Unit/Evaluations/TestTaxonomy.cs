using JobSentinel.Core.Skills;

namespace JobSentinel.Tests.Unit.Evaluations;

/// <summary>A small taxonomy that keeps these tests independent of the shipped skills file.</summary>
internal static class TestTaxonomy
{
    public static SkillTaxonomy Small { get; } = new(
    [
        new Skill("Kubernetes", "cloud", ["k8s"], ["Docker"]),
        new Skill("Docker", "tool", [], ["Kubernetes"]),
        new Skill("React", "framework", ["React.js"], ["JavaScript", "Redux"]),
        new Skill("Redux", "library", [], ["React"]),
        new Skill("Vue.js", "framework", ["Vue"], ["JavaScript"]),
        new Skill("JavaScript", "language", ["JS"], ["React"]),
        new Skill("TypeScript", "language", ["TS"], ["JavaScript"]),
        new Skill("Python", "language", [], ["Django"]),
        new Skill("Django", "framework", [], ["Python"]),
        new Skill("Ruby", "language", [], []),
        new Skill("Java", "language", [], []),
        new Skill("Go", "language", ["Golang"], []),
        new Skill("PostgreSQL", "database", ["Postgres"], []),
        new Skill("Terraform", "tool", [], []),
        new Skill("GraphQL", "framework", [], []),
    ]);
}
