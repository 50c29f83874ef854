using Bunit;
using JobSentinel.Web.Components.Shared;

namespace JobSentinel.Tests.Components.Shared;

public sealed class NotAvailableYetTests : MudBunitContext
{
    [Fact]
    public void Render_SaysHonestlyThatTheAreaIsNotAvailable()
    {
        var component = Render<NotAvailableYet>(parameters => parameters
            .Add(p => p.Title, "Contacts")
            .Add(p => p.Description, "Contacts have not shipped in this version yet."));

        Assert.Contains("Contacts is not available yet", component.Markup, StringComparison.Ordinal);
        Assert.Contains("Contacts have not shipped in this version yet.", component.Markup, StringComparison.Ordinal);
        Assert.Empty(component.FindAll("table"));
    }
}
