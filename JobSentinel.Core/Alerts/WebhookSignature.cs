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

    /// <summary>Idempotency key of a delivery: the same when the same alerts are sent again (see <see cref="AlertMessage.DeliveryId"/>).</summary>
    public const string DeliveryHeaderName = "X-JobSentinel-Delivery";

    /// <summary>A stable key for a set of alerts: their ids, sorted, hashed.</summary>
    public static string DeliveryIdOf(IEnumerable<long> alertIds) =>
        "alerts-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', alertIds.Order()))))[..32];

    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
