using System.Net;
using System.Net.Sockets;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>
/// The primary handler of every outgoing client that follows user-supplied URLs: the address check
/// happens after DNS resolution, so a name that resolves to a metadata address is refused too.
/// </summary>
public static class SafeHttpHandler
{
    public static SocketsHttpHandler Create() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        ConnectCallback = ConnectAsync,
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowed = await UrlSafety.AllowedAddressesAsync(host, cancellationToken);
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"{host} resolves only to link-local or cloud-metadata addresses, which JobSentinel never connects to.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
