using System.Net;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration;

public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task UnhandledException_OnTheApi_Is500ProblemWithoutStackTrace()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IStartupFilter, ThrowingEndpointFilter>());
        using var client = factory.CreateApiClient();

        using var response = await client.GetAsync("/api/v1/boom", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Contains("requestId", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnhandledException_InABrowser_ShowsTheErrorPage()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, services => services.AddSingleton<IStartupFilter, ThrowingEndpointFilter>());
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/boom");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", body, StringComparison.Ordinal);
    }

    /// <summary>Adds, at the end of the real pipeline, a path that throws (requests no endpoint matched reach it).</summary>
    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) => context.Request.Path.Value!.EndsWith("/boom", StringComparison.Ordinal)
                ? throw new InvalidOperationException("secret internal detail")
                : nextMiddleware(context));
        };
    }
}
