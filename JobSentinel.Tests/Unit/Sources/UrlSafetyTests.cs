using System.Net;
using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class UrlSafetyTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://169.254.0.1/")]
    [InlineData("https://169.254.255.255:8443/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[FE80::abcd:1]:8080/")]
    [InlineData("http://[febf::1]/")]
    [InlineData("http://[fd00:ec2::254]/latest/meta-data/")]
    [InlineData("http://0.0.0.0/")]
    [InlineData("http://0.0.0.0:8080/")]
    [InlineData("http://[::]/")]
    [InlineData("http://2852039166/")]
    [InlineData("http://0xa9fea9fe/")]
    [InlineData("http://0251.0376.0251.0376/")]
    [InlineData("http://169.254.43518/")]
    [InlineData("http://[fe80::1%25eth0]/")]
    public void Check_LinkLocalOrUnspecifiedAddress_IsRefused(string url)
    {
        Assert.Equal("must not point at a link-local or cloud-metadata address.", UrlSafety.Check(url));
    }

    [Fact]
    public void Check_LinkLocalAddressWithTrailingDot_IsRefused()
    {
        Assert.Equal("must not point at a link-local or cloud-metadata address.", UrlSafety.Check("http://169.254.169.254./"));
    }

    [Theory]
    [InlineData("http://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("http://METADATA.Google.Internal/")]
    [InlineData("http://metadata.google.internal./")]
    [InlineData("http://metadata.goog/")]
    [InlineData("http://metadata/")]
    [InlineData("http://instance-data/latest/")]
    [InlineData("http://instance-data.ec2.internal/")]
    public void Check_MetadataHostName_IsRefused(string url)
    {
        Assert.Equal("must not point at a cloud metadata service.", UrlSafety.Check(url));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/feed.xml")]
    [InlineData("http://[::1]:5000/")]
    [InlineData("http://localhost:5000/jobs")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://10.255.255.255/")]
    [InlineData("http://172.16.0.1/")]
    [InlineData("http://192.168.1.20/jobs.rss")]
    [InlineData("https://8.8.8.8/")]
    [InlineData("https://169.255.0.1/")]
    [InlineData("https://168.254.169.254/")]
    [InlineData("http://[fec0::1]/")]
    [InlineData("https://boards.greenhouse.io/acme")]
    [InlineData("https://metadata.example.com/")]
    [InlineData("https://jobs.example.com:8443/careers?team=eng#top")]
    public void Check_LoopbackPrivatePublicOrNamedHost_IsAccepted(string url)
    {
        Assert.Null(UrlSafety.Check(url));
    }

    [Theory]
    [InlineData("ftp://example.com/jobs.xml")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("gopher://example.com/")]
    public void Check_NonHttpScheme_IsRefused(string url)
    {
        Assert.Equal("must start with http:// or https://.", UrlSafety.Check(url));
    }

    [Theory]
    [InlineData("http://user:secret@example.com/")]
    [InlineData("https://user@example.com/")]
    [InlineData("http://user:pw@169.254.169.254/")]
    public void Check_UserInfo_IsRefused(string url)
    {
        Assert.Equal("must not contain a user name or password.", UrlSafety.Check(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("jobs/feed.xml")]
    [InlineData("example.com/jobs")]
    [InlineData("http://")]
    public void Check_RelativeOrEmpty_IsRefused(string? url)
    {
        Assert.Equal("must be an absolute URL.", UrlSafety.Check(url));
    }

    [Theory]
    [InlineData("/jobs/feed.xml")]
    [InlineData("//example.com/jobs")]
    public void Check_RootOrSchemeRelative_IsRefused(string url)
    {
        // .NET reads these as file URIs (a Unix path, a UNC share); either way they must not pass.
        Assert.NotNull(UrlSafety.Check(url));
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.0.0")]
    [InlineData("169.254.255.255")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("fe80::1%2")]
    [InlineData("febf:ffff::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    public void IsForbidden_LinkLocalMetadataOrUnspecified_IsTrue(string address)
    {
        Assert.True(UrlSafety.IsForbidden(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.0.0.5")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("169.253.255.255")]
    [InlineData("169.255.0.0")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("fec0::1")]
    [InlineData("fd00:ec2::253")]
    [InlineData("2001:4860:4860::8888")]
    public void IsForbidden_LoopbackPrivateOrPublic_IsFalse(string address)
    {
        Assert.False(UrlSafety.IsForbidden(IPAddress.Parse(address)));
    }
}
