using JobSentinel.Core.Matching;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("meta", "metabase", 0.9)]
    [InlineData("gooogle", "google", 0.967)]
    [InlineData("acme", "acme", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_KnownPairs_HaveTheTextbookValue(string left, string right, double expected)
    {
        Assert.Equal(expected, Math.Round(JaroWinkler.Similarity(left, right), 3));
        Assert.Equal(expected, Math.Round(JaroWinkler.Similarity(right, left), 3));
    }
}
