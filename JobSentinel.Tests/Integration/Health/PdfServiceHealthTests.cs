using System.Net;
using JobSentinel.Core.Browser;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Health;

/// <summary>SPEC §5: pdf_service is Chromium probed in the background and cached, never launched per request.</summary>
public sealed class PdfServiceHealthTests
{
    private static JobSentinelFactory Start(TempDirectory directory, Dictionary<string, string?> settings) => new(directory.Path, settings: settings);

    [Fact]
    public async Task Probe_RendersAPdfOnce_AndHealthRequestsOnlyReadTheCachedResult()
    {
        using var directory = new TempDirectory();
        await using var factory = Start(directory, new() { ["JobSentinel:Health:PdfProbeDelaySeconds"] = "0" });
        using var client = factory.CreateClient();

        await Eventually.AssertAsync(async () =>
            Assert.Equal("ok", (await client.GetCheckAsync("pdf_service")).Check.Data("probe").GetString()), TimeSpan.FromSeconds(60));
        for (var i = 0; i < 40; i++)
        {
            using var overall = await client.GetAsync("/health", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, overall.StatusCode);
        }

        var (code, check) = await client.GetCheckAsync("pdf_service");
        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("healthy", check.Status());
        Assert.Matches(@"^\d+\.", check.Data("chromiumVersion").GetString());
        Assert.True(check.Data("renderMs").GetDouble() > 0);
        Assert.Equal(1, factory.Services.GetRequiredService<BrowserPool>().Launches);
    }

    [Fact]
    public async Task BeforeTheFirstProbe_IsHealthyAndSaysTheProbeIsPending_WithoutStartingChromium()
    {
        using var directory = new TempDirectory();
        await using var factory = Start(directory, new() { ["JobSentinel:Health:PdfProbeDelaySeconds"] = "3600" });
        using var client = factory.CreateClient();

        var (_, check) = await client.GetCheckAsync("pdf_service");

        Assert.Equal("healthy", check.Status());
        Assert.Equal("pending", check.Data("probe").GetString());
        Assert.StartsWith("Probe pending", check.Description(), StringComparison.Ordinal);
        Assert.Equal(0, factory.Services.GetRequiredService<BrowserPool>().Launches);
    }

    [Fact]
    public async Task ChromiumMissing_DegradesWithTheReason_AndTheServiceStaysUp()
    {
        using var directory = new TempDirectory();
        await using var factory = Start(directory, new()
        {
            ["JobSentinel:Health:PdfProbeDelaySeconds"] = "0",
            ["JobSentinel:Browser:ExecutablePath"] = "/nonexistent/chromium",
        });
        using var client = factory.CreateClient();

        await Eventually.AssertAsync(async () =>
            Assert.Equal("failed", (await client.GetCheckAsync("pdf_service")).Check.Data("probe").GetString()), TimeSpan.FromSeconds(30));
        var (code, check) = await client.GetCheckAsync("pdf_service");
        using var overall = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("degraded", check.Status());
        Assert.Contains("Chromium was not found at '/nonexistent/chromium'", check.Description(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, overall.StatusCode);
        Assert.Contains("degraded", await overall.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
