using System.Net;
using System.Text.RegularExpressions;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace JobSentinel.Tests.E2E;

/// <summary>The app on Kestrel (127.0.0.1, free port) and signed-in Chromium pages on it.</summary>
public sealed class BrowserSession(BrowserFixture browser, JobSentinelFactory factory) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    public string BaseAddress { get; private set; } = "";

    public JobSentinelFactory Factory => factory;

    public static BrowserSession Start(BrowserFixture browser, JobSentinelFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new BrowserSession(browser, factory)
        {
            BaseAddress = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First(),
        };
    }

    /// <summary>An API client (X-API-Key) on the Kestrel address.</summary>
    public HttpClient ApiClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        client.DefaultRequestHeaders.Add("X-API-Key", JobSentinelFactory.ApiKey);
        return client;
    }

    /// <summary>A new browser context signed in as the admin, on the dashboard.</summary>
    public async Task<IPage> SignedInPageAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress, ViewportSize = new() { Width = 1366, Height = 860 } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(JobSentinelFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        return page;
    }

    // The page is prerendered first; events only arrive once the interactive circuit is connected.
    public static Task WaitForInteractivityAsync(IPage page) =>
        Assertions.Expect(page.Locator(".mud-layout[data-interactive=true]")).ToBeVisibleAsync();

    /// <summary>
    /// Waits until Blazor's InputFile script has taken over the file input (it marks the element): a file set
    /// before that is never sent to the server, which happened on a slow machine right after interactivity.
    /// </summary>
    public static Task WaitForFileInputAsync(IPage page, string selector) =>
        page.WaitForFunctionAsync("selector => document.querySelector(selector)?._blazorInputFileNextFileId !== undefined", selector);

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        await factory.DisposeAsync();
    }
}
