using Bunit;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class ApiKeysPanelTests : MudBunitContext, IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _core = null!;

    public async ValueTask InitializeAsync()
    {
        _core = await CoreServices.BuildInitializedAsync(_directory.Path);
        Services.AddSingleton(_core.GetRequiredService<ApiKeyService>());
        AddAuthorization().SetAuthorized("admin");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _core.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public void Create_ShowsTheKeyOnceAndListsIt()
    {
        var panel = Render<ApiKeysPanel>();

        panel.Find("input[data-testid=api-key-name]").Change("grafana");
        panel.Find("form").Submit();

        panel.WaitForAssertion(() =>
        {
            var shown = panel.Find("[data-testid=api-key-created] code").TextContent;
            Assert.StartsWith("jsk_", shown, StringComparison.Ordinal);
            Assert.Contains("grafana", panel.Find("table").TextContent, StringComparison.Ordinal);
            Assert.Contains("active", panel.Find("table").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Create_WithoutName_ShowsAnErrorAndCreatesNothing()
    {
        var panel = Render<ApiKeysPanel>();

        panel.Find("form").Submit();

        panel.WaitForAssertion(() => Assert.Contains("A name is required.", panel.Markup, StringComparison.Ordinal));
        Assert.Contains("No API keys yet.", panel.Markup, StringComparison.Ordinal);
    }
}
