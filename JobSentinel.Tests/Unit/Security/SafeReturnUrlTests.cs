using JobSentinel.Web.Security;

namespace JobSentinel.Tests.Unit.Security;

public sealed class SafeReturnUrlTests
{
    [Theory]
    [InlineData("/jobs", "/jobs")]
    [InlineData("/jobs?q=go", "/jobs?q=go")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/redirect?to=https://evil.example", "/")]
    [InlineData("jobs", "/")]
    public void SafeReturnUrl_OnlyKeepsLocalPaths(string? requested, string expected) =>
        Assert.Equal(expected, AdminSessions.SafeReturnUrl(requested));
}
