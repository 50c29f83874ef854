using JobSentinel.Core.Evaluations;

namespace JobSentinel.Tests.Unit.Evaluations;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopeful", "hope")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controll", "control")]
    [InlineData("electriciti", "electr")]
    public void Stem_ClassicPorterExamples_MatchThePaper(string word, string expected)
    {
        Assert.Equal(expected, PorterStemmer.Stem(word));
    }

    [Fact]
    public void Stem_WordFamily_MeetsOnOneStem()
    {
        string[] family = ["develop", "developing", "developed", "development", "developments"];

        Assert.Single(family.Select(PorterStemmer.Stem).Distinct());
    }

    [Theory]
    [InlineData("c#")]
    [InlineData("html5")]
    [InlineData("go")]
    public void Stem_NamesAndShortWords_AreLeftAlone(string word)
    {
        Assert.Equal(word, PorterStemmer.Stem(word));
    }
}
