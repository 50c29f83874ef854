using System.Net;
using System.Net.Sockets;
using System.Text;
using JobSentinel.Core.Sources.Fetching;

namespace JobSentinel.Tests.Unit.Sources.Fetching;

public sealed class SafeHttpHandlerTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://169.254.1.1:8080/")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("http://[fd00:ec2::254]/")]
    [InlineData("http://0.0.0.0/")]
    public async Task SendAsync_LinkLocalOrMetadataAddress_IsRefusedBeforeConnecting(string url)
    {
        using var client = new HttpClient(SafeHttpHandler.Create());

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(url, TestContext.Current.CancellationToken));

        Assert.Contains("link-local", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_LoopbackServer_IsReached()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = AnswerOnceAsync(listener, "hello from loopback", TestContext.Current.CancellationToken);
        using var client = new HttpClient(SafeHttpHandler.Create());

        var body = await client.GetStringAsync($"http://127.0.0.1:{port}/jobs", TestContext.Current.CancellationToken);

        Assert.Equal("hello from loopback", body);
        Assert.StartsWith("GET /jobs HTTP/1.1", await server, StringComparison.Ordinal);
    }

    /// <summary>Accepts one connection, answers 200 with <paramref name="body"/>, and returns the request head.</summary>
    private static async Task<string> AnswerOnceAsync(TcpListener listener, string body, CancellationToken cancellationToken)
    {
        using var connection = await listener.AcceptTcpClientAsync(cancellationToken);
        var stream = connection.GetStream();
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var content = Encoding.UTF8.GetBytes(body);
        var response = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(response, cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        return head.ToString();
    }
}
