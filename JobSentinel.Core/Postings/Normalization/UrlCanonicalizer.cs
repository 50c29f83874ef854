using System.Collections.Frozen;
using System.Net;
using System.Text;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// One spelling per posting URL, so re-sightings match: the identity of a posting when its board gives
/// no id. Pure and thread-safe.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly FrozenSet<string> TrackingParameters = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "gclid", "fbclid", "msclkid", "mc_cid", "mc_eid", "ref", "referrer", "source", "src", "gh_src",
        "lever-source", "lever-origin", "trk", "trackingId", "_hsenc", "_hsmi", "igshid");

    /// <summary>
    /// Lower-cases scheme and host, drops default ports, user info, the fragment, tracking parameters
    /// (utm_*, gclid, ref, gh_src, ...) and a trailing slash on a non-root path; other parameters keep their
    /// order and spelling. Null for anything but an absolute http(s) URL.
    /// </summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            return null;
        }

        var builder = new StringBuilder(url.Length);
        builder.Append(uri.Scheme).Append("://").Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        builder.Append(path.Length > 0 ? path : "/");
        AppendQuery(builder, uri.Query);
        return builder.ToString();
    }

    private static void AppendQuery(StringBuilder builder, string query)
    {
        var separator = '?';
        foreach (var range in query.AsSpan().TrimStart('?').Split('&'))
        {
            var parameter = query.AsSpan().TrimStart('?')[range];
            if (parameter.IsEmpty || IsTracking(parameter))
            {
                continue;
            }

            builder.Append(separator).Append(parameter);
            separator = '&';
        }
    }

    private static bool IsTracking(ReadOnlySpan<char> parameter)
    {
        var equals = parameter.IndexOf('=');
        var name = WebUtility.UrlDecode((equals < 0 ? parameter : parameter[..equals]).ToString());
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
