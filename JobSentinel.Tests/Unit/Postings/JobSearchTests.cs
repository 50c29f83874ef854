using JobSentinel.Core.Postings;

namespace JobSentinel.Tests.Unit.Postings;

public sealed class JobSearchTests
{
    [Theory]
    [InlineData("rust", "\"rust\"")]
    [InlineData("senior rust engineer", "\"senior\" AND \"rust\" AND \"engineer\"")]
    [InlineData("  senior \t rust\n engineer  ", "\"senior\" AND \"rust\" AND \"engineer\"")]
    [InlineData("rust,go", "\"rust\" AND \"go\"")]
    public void FtsQuery_Words_AreQuotedAndAllRequired(string text, string expected)
    {
        Assert.Equal(expected, JobSearch.FtsQuery(text));
    }

    [Theory]
    [InlineData("\"rust\"", "\"rust\"")]
    [InlineData("ru\"st", "\"rust\"")]
    [InlineData("\"senior engineer\"", "\"senior\" AND \"engineer\"")]
    public void FtsQuery_Quotes_AreStripped(string text, string expected)
    {
        Assert.Equal(expected, JobSearch.FtsQuery(text));
    }

    [Theory]
    [InlineData("c++ c# .net", "\"c++\" AND \"c#\" AND \".net\"")]
    [InlineData("NOT OR AND", "\"NOT\" AND \"OR\" AND \"AND\"")]
    [InlineData("title:rust*", "\"title:rust*\"")]
    public void FtsQuery_OperatorsAndSymbols_StayInsideTheQuotedTerm(string text, string expected)
    {
        Assert.Equal(expected, JobSearch.FtsQuery(text));
    }

    [Fact]
    public void FtsQuery_PunctuationOnlyWords_AreDropped()
    {
        Assert.Equal("\"rust\" AND \"remote\"", JobSearch.FtsQuery("rust - + ( ) \"\" * remote !!"));
    }

    [Fact]
    public void FtsQuery_Column_PrefixesEveryTerm()
    {
        Assert.Equal("Title : \"senior\" AND Title : \"rust\"", JobSearch.FtsQuery("senior rust", "Title"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- , ! \"\" ()")]
    public void FtsQuery_NothingSearchable_IsNull(string? text)
    {
        Assert.Null(JobSearch.FtsQuery(text));
    }

    [Fact]
    public void FtsQuery_NothingSearchableWithColumn_IsNull()
    {
        Assert.Null(JobSearch.FtsQuery("--", "Title"));
    }
}
