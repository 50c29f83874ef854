using System.Security.Cryptography;
using System.Text;
using JobSentinel.Core.Alerts;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Compute_GitHubDocumentedVector_MatchesTheLiteral()
    {
        // The example from GitHub's "Validating webhook deliveries", which uses the same sha256=<hex> scheme.
        var signature = WebhookSignature.Compute("It's a Secret to Everybody", "Hello, World!"u8);

        Assert.Equal("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17", signature);
    }

    [Fact]
    public void Compute_AnyBody_EqualsAnIndependentHmacSha256()
    {
        var body = Encoding.UTF8.GetBytes("{\"kind\":\"immediate\",\"title\":\"Café ≥ 1\"}");

        var signature = WebhookSignature.Compute("s3cret", body);

        var expected = Convert.ToHexString(new HMACSHA256(Encoding.UTF8.GetBytes("s3cret")).ComputeHash(body)).ToLowerInvariant();
        Assert.Equal("sha256=" + expected, signature);
    }

    [Fact]
    public void Compute_OtherSecret_GivesAnotherSignature()
    {
        Assert.NotEqual(WebhookSignature.Compute("one", "body"u8), WebhookSignature.Compute("two", "body"u8));
    }
}
