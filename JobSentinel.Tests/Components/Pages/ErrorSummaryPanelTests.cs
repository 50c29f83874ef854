using Bunit;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics.Logs;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Pages.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Components.Pages;

public sealed class ErrorSummaryPanelTests : MudBunitContext
{
    private readonly TempDirectory _directory = new();

    public ErrorSummaryPanelTests() => Services.AddSingleton(new LogErrorReader(new DataPaths(_directory.Path), TimeProvider.System));

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }

    private void WriteLog(params (string Level, string Template, string Properties)[] events)
    {
        var logs = new DataPaths(_directory.Path).Logs;
        Directory.CreateDirectory(logs);
        var now = DateTime.UtcNow.AddMinutes(-1).ToString("O");
        File.WriteAllLines(Path.Combine(logs, $"jobsentinel-{DateTime.Now:yyyyMMdd}.clef"),
            events.Select(e => $$"""{"@t":"{{now}}","@l":"{{e.Level}}","@mt":"{{e.Template}}"{{e.Properties}}}"""));
    }

    [Fact]
    public void NoErrors_SaysSo()
    {
        WriteLog(("Warning", "Slow {Source}", ",\"Source\":\"acme\""));

        var panel = Render<ErrorSummaryPanel>();

        panel.WaitForAssertion(() => Assert.Contains("No errors in the last 24 h", panel.Find("[data-testid=error-summary-empty]").TextContent, StringComparison.Ordinal));
        Assert.Contains("1 warning(s)", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_AreListedMostFrequentFirst_WithAnExample()
    {
        WriteLog(
            ("Error", "Disk {Path} unreadable", ",\"Path\":\"/data\""),
            ("Error", "Scrape of {Source} failed", ",\"Source\":\"acme\""),
            ("Error", "Scrape of {Source} failed", ",\"Source\":\"globex\""));

        var panel = Render<ErrorSummaryPanel>();

        panel.WaitForAssertion(() =>
        {
            var rows = panel.FindAll("[data-testid=error-summary-table] tbody tr");
            Assert.Equal(2, rows.Count);
            Assert.StartsWith("2", rows[0].TextContent.Trim(), StringComparison.Ordinal);
            Assert.Contains("Scrape of {Source} failed", rows[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("e.g. Scrape of globex failed", rows[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("Disk /data unreadable", rows[1].TextContent, StringComparison.Ordinal);
        });
    }
}
