using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace JobSentinel.Web.Extensions;

/// <summary>Settings for running behind nginx, Caddy or Traefik (section <c>JobSentinel:ReverseProxy</c>).</summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "JobSentinel:ReverseProxy";

    /// <summary>Trust X-Forwarded-For/-Proto/-Host from the proxies below.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies; loopback is always trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR notation, e.g. 10.0.0.0/8.</summary>
    public string[] KnownNetworks { get; set; } = [];
}

public static class ReverseProxyExtensions
{
    public static void AddReverseProxySupport(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(ReverseProxyOptions.SectionName).Get<ReverseProxyOptions>() ?? new();
        builder.Services.Configure<ReverseProxyOptions>(builder.Configuration.GetSection(ReverseProxyOptions.SectionName));
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in settings.KnownProxies)
            {
                if (!IPAddress.TryParse(proxy, out var address))
                {
                    throw new Core.Operations.StartupException($"{ReverseProxyOptions.SectionName}:KnownProxies contains '{proxy}', which is not an IP address.");
                }

                options.KnownProxies.Add(address);
            }

            foreach (var network in settings.KnownNetworks)
            {
                if (!System.Net.IPNetwork.TryParse(network, out var parsed))
                {
                    throw new Core.Operations.StartupException($"{ReverseProxyOptions.SectionName}:KnownNetworks contains '{network}', which is not a CIDR network.");
                }

                options.KnownIPNetworks.Add(parsed);
            }
        });
    }

    public static void UseReverseProxySupport(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{ReverseProxyOptions.SectionName}:Enabled"))
        {
            app.UseForwardedHeaders();
        }
    }
}
