using JobSentinel.Core.Matching;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class TextTermHitsTests
{
    [Theory]
    [InlineData("We write Go every day.", "go", true)]
    [InlineData("We are going places.", "go", false)]
    [InlineData("Ready to go-live?", "go", true)]
    [InlineData("Java and Spring.", "java", true)]
    [InlineData("JavaScript and React.", "java", false)]
    [InlineData("JavaScript and React.", "javascript", true)]
    [InlineData("Our internal tools.", "intern", false)]
    [InlineData("Rustaceans welcome.", "rust", false)]
    public void InText_WholeTokensOnly(string description, string term, bool expected)
    {
        var hits = new TextTermHits("Engineer", "Acme", description);

        Assert.Equal(expected, hits.InText(term));
    }

    [Theory]
    [InlineData("We run k8s clusters.", "kubernetes")]
    [InlineData("We run Kubernetes clusters.", "k8s")]
    [InlineData("Services in Golang.", "go")]
    [InlineData("Postgres and Redis.", "postgresql")]
    [InlineData("Applied ML team.", "machine learning")]
    [InlineData("Applied machine learning team.", "ML")]
    [InlineData("APIs in NodeJS.", "node.js")]
    [InlineData("C#/.NET 8 services.", "c#")]
    [InlineData("ASP.NET Core services.", "dotnet")]
    [InlineData("Modern C++20 and C++ templates.", "C++")]
    public void InText_Synonyms_MatchBothWays(string description, string term)
    {
        var hits = new TextTermHits("Engineer", "Acme", description);

        Assert.True(hits.InText(term));
    }

    [Theory]
    [InlineData("Learning machine maintenance.", "machine learning", false)]
    [InlineData("Machine vision and learning.", "machine learning", false)]
    [InlineData("A machine. Learning is fun.", "machine learning", true)]
    [InlineData("C is fine, but no hash.", "c#", false)]
    [InlineData("Plain C code.", "c++", false)]
    public void InText_Phrases_NeedConsecutiveTokens(string description, string term, bool expected)
    {
        var hits = new TextTermHits("Engineer", "Acme", description);

        Assert.Equal(expected, hits.InText(term));
    }

    [Fact]
    public void InText_CaseAndDiacritics_AreIgnored()
    {
        var hits = new TextTermHits("Engineer", "Acme", "Send your RÉSUMÉ to the Zürich office.");

        Assert.True(hits.InText("resume"));
        Assert.True(hits.InText("ZURICH"));
    }

    [Fact]
    public void InTitle_OnlyLooksAtTheTitle()
    {
        var hits = new TextTermHits("Senior Backend Engineer", "Platform Inc", "Kubernetes platform team.");

        Assert.True(hits.InTitle("backend"));
        Assert.True(hits.InTitle("back-end"));
        Assert.False(hits.InTitle("platform"));
        Assert.False(hits.InTitle("kubernetes"));
    }

    [Fact]
    public void InText_LooksAtTitleCompanyAndDescription()
    {
        var hits = new TextTermHits("Senior Backend Engineer", "Platform Inc", "Kubernetes team.");

        Assert.True(hits.InText("senior"));
        Assert.True(hits.InText("platform"));
        Assert.True(hits.InText("k8s"));
        Assert.False(hits.InText("rust"));
    }

    [Fact]
    public void InText_PhraseAcrossTwoFields_DoesNotMatch()
    {
        var hits = new TextTermHits("Head of Machine", "Learning Ltd", null);

        Assert.False(hits.InText("machine learning"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    public void InText_TermWithoutTokens_NeverMatches(string term)
    {
        var hits = new TextTermHits("Engineer -- ", "Acme", "-- everything --");

        Assert.False(hits.InText(term));
        Assert.False(hits.InTitle(term));
    }

    [Fact]
    public void InText_AskedTwice_GivesTheSameAnswer()
    {
        var hits = new TextTermHits("Go Engineer", "Acme", null);

        Assert.True(hits.InTitle("golang"));
        Assert.True(hits.InTitle("golang"));
        Assert.True(hits.InText("golang"));
    }
}
