using Bunit;
using JobSentinel.Core.Operations;
using JobSentinel.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Shared;

public sealed class MaintenanceBannerTests : MudBunitContext
{
    private readonly MaintenanceMode _maintenance = new(TimeProvider.System);

    public MaintenanceBannerTests() => Services.AddSingleton(_maintenance);

    [Fact]
    public void Render_OutsideMaintenanceMode_ShowsNothing()
    {
        var banner = Render<MaintenanceBanner>();

        Assert.Equal("", banner.Markup.Trim());
    }

    [Fact]
    public void MaintenanceMode_ShowsTheBannerWithItsReasonLive_ThenHidesIt()
    {
        var banner = Render<MaintenanceBanner>();

        _maintenance.Set(true, "moving to a new disk", "admin");

        banner.WaitForAssertion(() =>
            Assert.Contains("Maintenance mode — moving to a new disk", banner.Find("[data-testid=maintenance-banner]").TextContent, StringComparison.Ordinal));
        Assert.Equal("/operations#maintenance", banner.Find("[data-testid=maintenance-banner-leave]").GetAttribute("href"));

        _maintenance.Set(false, null, "admin");

        banner.WaitForAssertion(() => Assert.Empty(banner.FindAll("[data-testid=maintenance-banner]")));
    }
}
