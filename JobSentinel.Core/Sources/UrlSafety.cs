using System.Net;
using System.Net.Sockets;

namespace JobSentinel.Core.Sources;

/// <summary>
/// User-supplied URLs (sources, webhooks, LLM endpoints) may point at loopback and private networks
/// (self-hosting needs that) but never at link-local or cloud-metadata addresses, where a request
/// could read the host's credentials.
/// </summary>
public static class UrlSafety
{
    private static readonly IPAddress AlibabaMetadata = IPAddress.Parse("100.100.100.200");
    private static readonly string[] MetadataHosts = ["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal"];

    /// <summary>The problem with <paramref name="value"/> as an outgoing URL, or null when it is acceptable.</summary>
    public static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return "must be an absolute URL.";
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return "must start with http:// or https://.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "must not contain a user name or password.";
        }

        return CheckHost(uri.IdnHost);
    }

    /// <summary>
    /// The problem with <paramref name="host"/> (a name or an address, as in a URL or an SMTP setting) before any DNS
    /// lookup, or null. Names are checked again after resolution by <see cref="AllowedAddressesAsync"/>.
    /// </summary>
    public static string? CheckHost(string host)
    {
        host = host.Trim().TrimEnd('.');
        if (MetadataHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            return "must not point at a cloud metadata service.";
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IsForbidden(address)
            ? "must not point at a link-local or cloud-metadata address."
            : null;
    }

    /// <summary>
    /// The addresses of <paramref name="host"/> that may be connected to: every outgoing connection to a user-supplied
    /// host (HTTP clients, Chromium's requests, SMTP) goes through this one rule, after DNS, so a name that resolves
    /// to a metadata address is refused too. Empty when none may.
    /// </summary>
    public static async Task<IPAddress[]> AllowedAddressesAsync(string host, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        if (CheckHost(bare) is not null)
        {
            return [];
        }

        var addresses = IPAddress.TryParse(bare, out var literal) ? [literal] : await Resolve(bare, cancellationToken);
        return [.. addresses.Where(address => !IsForbidden(address))];
    }

    /// <summary>Name resolution (the system's DNS); tests substitute names that resolve to link-local addresses.</summary>
    internal static Func<string, CancellationToken, Task<IPAddress[]>> Resolve { get; set; } = Dns.GetHostAddressesAsync;

    /// <summary>
    /// Link-local (169.254.0.0/16, fe80::/10, which hold the usual 169.254.169.254), other clouds'
    /// metadata addresses (Alibaba's 100.100.100.200, AWS's fd00:ec2::254) and the unspecified address.
    /// </summary>
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return (bytes[0] == 169 && bytes[1] == 254) || address.Equals(AlibabaMetadata);
        }

        // fd00:ec2::254 is AWS's IPv6 metadata address.
        return address.IsIPv6LinkLocal || address.Equals(IPAddress.Parse("fd00:ec2::254"));
    }
}
