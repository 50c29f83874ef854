using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://Jobs.Example.COM/Careers/42", "https://jobs.example.com/Careers/42")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("http://example.com:80/a", "http://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com/a#apply", "https://example.com/a")]
    [InlineData("https://example.com/jobs/42/", "https://example.com/jobs/42")]
    [InlineData("https://example.com/", "https://example.com/")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://example.com//", "https://example.com/")]
    [InlineData("  https://example.com/a  ", "https://example.com/a")]
    [InlineData("https://user:secret@example.com/a", "https://example.com/a")]
    public void Canonicalize_SchemeHostPortFragmentAndSlash_AreNormalised(string url, string expected)
    {
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
    }

    [Theory]
    [InlineData("utm_source=x")]
    [InlineData("UTM_Campaign=y")]
    [InlineData("gclid=1")]
    [InlineData("fbclid=1")]
    [InlineData("msclkid=1")]
    [InlineData("mc_cid=1")]
    [InlineData("mc_eid=1")]
    [InlineData("ref=hn")]
    [InlineData("referrer=x")]
    [InlineData("source=linkedin")]
    [InlineData("src=x")]
    [InlineData("gh_src=abc")]
    [InlineData("lever-source=x")]
    [InlineData("lever-origin=applied")]
    [InlineData("trk=x")]
    [InlineData("trackingId=x")]
    [InlineData("_hsenc=x")]
    [InlineData("_hsmi=x")]
    [InlineData("igshid=x")]
    public void Canonicalize_TrackingParameter_IsDropped(string parameter)
    {
        Assert.Equal("https://example.com/jobs/42?id=7", UrlCanonicalizer.Canonicalize($"https://example.com/jobs/42?{parameter}&id=7"));
    }

    [Fact]
    public void Canonicalize_OtherParameters_KeepTheirOrderAndSpelling()
    {
        var url = UrlCanonicalizer.Canonicalize("https://example.com/search?z=1&utm_medium=m&a=Hello%20World&gh_jid=42");

        Assert.Equal("https://example.com/search?z=1&a=Hello%20World&gh_jid=42", url);
    }

    [Fact]
    public void Canonicalize_OnlyTrackingParameters_DropsTheQuestionMark()
    {
        Assert.Equal("https://example.com/a", UrlCanonicalizer.Canonicalize("https://example.com/a?utm_source=x&ref=y"));
    }

    [Fact]
    public void Canonicalize_TwoSpellingsOfOnePosting_Match()
    {
        var first = UrlCanonicalizer.Canonicalize("https://boards.greenhouse.io/acme/jobs/123?gh_src=abc#app");
        var second = UrlCanonicalizer.Canonicalize("HTTPS://boards.greenhouse.io:443/acme/jobs/123/");

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/jobs/42")]
    [InlineData("jobs/42")]
    [InlineData("ftp://example.com/a")]
    [InlineData("mailto:jobs@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void Canonicalize_NotAnAbsoluteHttpUrl_ReturnsNull(string? url)
    {
        Assert.Null(UrlCanonicalizer.Canonicalize(url));
    }
}
