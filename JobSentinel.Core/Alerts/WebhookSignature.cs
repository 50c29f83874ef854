using System.Security.Cryptography;
using System.Text;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Signs JSON webhook bodies so receivers can check they come from this instance: HMAC-SHA256 of the
/// exact body bytes with the channel's secret, as <c>sha256=&lt;lowercase hex&gt;</c> (GitHub's convention).
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-JobSentinel-Signature";

    public const string EventHeaderName = "X-JobSentinel-Event";

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
