using JobSentinel.Core.Matching;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class SynonymsTests
{
    [Theory]
    [InlineData("k8s", "k8s|kubernetes")]
    [InlineData("Kubernetes", "kubernetes|k8s")]
    [InlineData("JS", "js|javascript|ecmascript|es6")]
    [InlineData("postgres", "postgres|postgresql|psql")]
    [InlineData("golang", "golang|go")]
    [InlineData("GCP", "gcp|google cloud|google cloud platform")]
    public void Alternatives_TermInAGroup_StartsWithTheTermThenTheRestOfTheGroup(string term, string expected)
    {
        Assert.Equal(Phrases(expected), Synonyms.Alternatives(term));
    }

    [Theory]
    [InlineData("ML", "ml|machine learning")]
    [InlineData("Machine Learning", "machine learning|ml")]
    [InlineData("Node.JS", "node js|node|nodejs")]
    [InlineData("CI/CD", "ci cd|cicd|continuous integration|continuous delivery|continuous deployment")]
    [InlineData("ci cd", "ci cd|cicd|continuous integration|continuous delivery|continuous deployment")]
    [InlineData("Site-Reliability Engineering", "site reliability engineering|sre|site reliability engineer|site reliability")]
    public void Alternatives_Multiword_AreTokenSequences(string term, string expected)
    {
        Assert.Equal(Phrases(expected), Synonyms.Alternatives(term));
    }

    [Theory]
    [InlineData("Rust", "rust")]
    [InlineData("Apache Flink", "apache flink")]
    public void Alternatives_UnknownTerm_IsJustItself(string term, string expected)
    {
        Assert.Equal(Phrases(expected), Synonyms.Alternatives(term));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--")]
    public void Alternatives_NoTokens_IsEmpty(string term)
    {
        Assert.Empty(Synonyms.Alternatives(term));
    }

    [Theory]
    [InlineData("K8S", "kubernetes")]
    [InlineData("kubernetes", "kubernetes")]
    [InlineData("golang", "go")]
    [InlineData("psql", "postgresql")]
    [InlineData("Amazon Web Services", "aws")]
    [InlineData("Google Cloud Platform", "gcp")]
    [InlineData("nodejs", "node.js")]
    [InlineData("ReactJS", "react")]
    [InlineData("csharp", "c#")]
    [InlineData("C#", "c#")]
    [InlineData("dotnet", ".net")]
    [InlineData("Site Reliability Engineer", "sre")]
    [InlineData("mssql", "sql server")]
    [InlineData("Elastic Search", "elasticsearch")]
    [InlineData("restful", "rest api")]
    [InlineData("natural language processing", "nlp")]
    [InlineData("artificial intelligence", "ai")]
    [InlineData("ml", "machine learning")]
    [InlineData("TypeScript", "typescript")]
    [InlineData("ts", "typescript")]
    [InlineData("py", "python")]
    [InlineData("Vue.js", "vue")]
    [InlineData("CI CD", "ci/cd")]
    public void Canonical_TermInAGroup_IsTheGroupsFirstName(string term, string expected)
    {
        Assert.Equal(expected, Synonyms.Canonical(term));
    }

    [Theory]
    [InlineData("Rust-Lang", "rust lang")]
    [InlineData("  Apache   FLINK ", "apache flink")]
    [InlineData("", "")]
    [InlineData("!!", "")]
    public void Canonical_UnknownTerm_IsItsTokensJoined(string term, string expected)
    {
        Assert.Equal(expected, Synonyms.Canonical(term));
    }

    [Theory]
    [InlineData("tf")]
    [InlineData("cv")]
    [InlineData("pm")]
    public void Canonical_AmbiguousShortWords_AreNotAliases(string term)
    {
        Assert.Equal(term, Synonyms.Canonical(term));
        Assert.Single(Synonyms.Alternatives(term));
    }

    private static string[][] Phrases(string expected) => [.. expected.Split('|').Select(phrase => phrase.Split(' '))];
}
