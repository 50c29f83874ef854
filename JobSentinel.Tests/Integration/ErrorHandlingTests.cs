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

    [Fact]
    public async Task MalformedJson_IsA400ProblemThatSaysWhereTheBodyWentWrong()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateApiClient();
        using var content = new StringContent("{\"status\":", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/applications", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("not valid JSON", body, StringComparison.Ordinal);
        Assert.Contains("BytePositionInLine", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.AspNetCore", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingBody_IsA400ProblemNamingIt()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var client = factory.CreateApiClient();
        using var content = new StringContent("", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/applications", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("no body was provided", body, StringComparison.Ordinal);
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
