using System.Net;
using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// DNS names under <c>.linklocal.test</c> resolve to 169.254.7.7 (as a hostile or misconfigured DNS record would);
/// every other name goes to the system's DNS, so installing it changes nothing for other tests.
/// </summary>
public static class LinkLocalNames
{
    public const string Suffix = ".linklocal.test";
    public static readonly IPAddress Address = IPAddress.Parse("169.254.7.7");
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            var system = UrlSafety.Resolve;
            UrlSafety.Resolve = (host, cancellationToken) => host.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
                ? Task.FromResult(new[] { Address })
                : system(host, cancellationToken);
            _installed = true;
        }
    }
}
