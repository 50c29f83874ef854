using JobSentinel.Core.Matching;

namespace JobSentinel.Tests.Unit.Matching;

public sealed class CompanyNamesTests
{
    [Theory]
    [InlineData("ACME Corp.", "acme")]
    [InlineData("Acme, Inc.", "acme")]
    [InlineData("Acme Robotics GmbH", "acme robotics")]
    [InlineData("The Walt Disney Company", "walt disney")]
    [InlineData("Foo Holdings Co., Ltd.", "foo holdings")]
    [InlineData("Atlassian Pty Ltd", "atlassian")]
    [InlineData("Société Générale S.A.", "societe generale")]
    [InlineData("Nokia Oyj", "nokia")]
    [InlineData("Spotify AB", "spotify")]
    [InlineData("Booking.com", "booking")]
    [InlineData("Replit.io", "replit")]
    [InlineData("Perplexity.ai", "perplexity")]
    [InlineData("AT&T Inc.", "att")]
    [InlineData("McDonald's", "mcdonalds")]
    [InlineData("  Procter   &   Gamble  ", "procter gamble")]
    [InlineData("Stack-Overflow", "stack overflow")]
    [InlineData("AB", "ab")]
    [InlineData("The", "the")]
    [InlineData("", "")]
    public void Normalize_Name_DropsCasePunctuationAndLegalForms(string name, string expected)
    {
        Assert.Equal(expected, CompanyNames.Normalize(name));
    }

    [Theory]
    [InlineData("ACME Corp.", "Acme")]
    [InlineData("Acme", "ACME Corp.")]
    [InlineData("Acme Robotics GmbH", "acme robotics")]
    [InlineData("Acme Robotics GmbH", "Acme")]
    [InlineData("Google LLC", "google")]
    [InlineData("Gooogle", "Google")]
    [InlineData("Googel", "Google")]
    [InlineData("Initech LLC", "Initech")]
    [InlineData("Booking.com", "Booking")]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("Meta Platforms, Inc.", "Meta")]
    public void Matches_SameCompanyWrittenDifferently_IsTrue(string company, string pattern)
    {
        Assert.True(CompanyNames.Matches(company, pattern));
    }

    [Theory]
    [InlineData("Metabase", "Meta")]
    [InlineData("Meta", "Metabase")]
    [InlineData("Acme", "Apex")]
    [InlineData("Acmeville Foods", "Acme")]
    [InlineData("IBM", "IBX")]
    [InlineData("Oracle", "Orange")]
    [InlineData("Initech", "")]
    [InlineData("", "")]
    [InlineData("Inc.", "LLC")]
    public void Matches_DifferentCompanies_IsFalse(string company, string pattern)
    {
        Assert.False(CompanyNames.Matches(company, pattern));
    }
}
