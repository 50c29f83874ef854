using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>
/// A job board (or feed, or careers site) as a real HTTP server on 127.0.0.1: tests point a source's
/// base URL at it. The handler decides every answer; every request is recorded.
/// </summary>
public sealed class FakeBoard : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeBoard(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Scheme, host and port, as a source's baseUrl takes it.</summary>
    public string BaseUrl => BaseAddress.GetLeftPart(UriPartial.Authority);

    public ConcurrentQueue<string> Requests { get; } = new();

    public int RequestCount => Requests.Count;

    /// <summary>Starts a server whose every request goes to <paramref name="handler"/>.</summary>
    public static async Task<FakeBoard> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeBoard? board = null;
        app.Run(async context =>
        {
            board!.Requests.Enqueue(context.Request.Method + " " + context.Request.Path + context.Request.QueryString);
            await handler(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        board = new FakeBoard(app, new Uri(address));
        return board;
    }

    /// <summary>A board that answers JSON at one path (other paths 404).</summary>
    public static Task<FakeBoard> JsonAsync(string path, Func<string> body) => StartAsync(context =>
    {
        if (!context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body());
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
