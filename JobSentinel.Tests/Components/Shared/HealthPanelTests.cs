using Bunit;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Live;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Components.Shared;
using JobSentinel.Web.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobSentinel.Tests.Components.Shared;

public sealed class HealthPanelTests : MudBunitContext
{
    private readonly FakeHealthCheckService _checks = new();

    public HealthPanelTests() =>
        Services.AddSingleton(new HealthMonitor(_checks, Notifier,
            new StaticOptionsMonitor<HealthOptions>(new HealthOptions()), new NeverStartedLifetime(), TimeProvider.System, NullLogger<HealthMonitor>.Instance));

    [Fact]
    public void Render_ShowsEveryComponentWithItsStatus()
    {
        _checks.Report = FakeHealthCheckService.Build(("database", HealthStatus.Healthy), ("hangfire", HealthStatus.Degraded), ("disk", HealthStatus.Unhealthy));

        var panel = Render<HealthPanel>();

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("healthy", panel.Find("[data-testid=health-database]").GetAttribute("data-status"));
            Assert.Equal("degraded", panel.Find("[data-testid=health-hangfire]").GetAttribute("data-status"));
            Assert.Equal("unhealthy", panel.Find("[data-testid=health-disk]").GetAttribute("data-status"));
            Assert.Contains("unhealthy", panel.Find("[data-testid=health-overall]").TextContent, StringComparison.Ordinal);
        });
        Assert.Contains("hangfire is Degraded", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthChangedEvent_UpdatesTheOpenPanel()
    {
        var panel = Render<HealthPanel>();
        panel.WaitForAssertion(() => Assert.Equal("healthy", panel.Find("[data-testid=health-hangfire]").GetAttribute("data-status")));
        var renders = panel.RenderCount;

        Notifier.Publish(new HealthChanged("degraded",
            [new ComponentHealth("database", "healthy", "ok", 1), new ComponentHealth("hangfire", "degraded", "No Hangfire server is running", 1)]));

        panel.WaitForAssertion(() =>
        {
            Assert.Equal("degraded", panel.Find("[data-testid=health-hangfire]").GetAttribute("data-status"));
            Assert.Contains("No Hangfire server is running", panel.Markup, StringComparison.Ordinal);
        });
        Assert.True(panel.RenderCount > renders);
    }

    [Fact]
    public void Dispose_EndsTheSubscription()
    {
        var before = Notifier.SubscriberCount;
        var panel = Render<HealthPanel>();
        Assert.Equal(before + 1, Notifier.SubscriberCount);

        panel.Instance.Dispose();

        Assert.Equal(before, Notifier.SubscriberCount);
    }

    [Fact]
    public void RefreshButton_RunsTheChecksAgain()
    {
        var panel = Render<HealthPanel>();
        panel.WaitForAssertion(() => Assert.Equal("healthy", panel.Find("[data-testid=health-disk]").GetAttribute("data-status")));
        _checks.Report = FakeHealthCheckService.Build(("database", HealthStatus.Healthy), ("disk", HealthStatus.Degraded));

        panel.Find("button[aria-label='Check health now']").Click();

        panel.WaitForAssertion(() => Assert.Equal("degraded", panel.Find("[data-testid=health-disk]").GetAttribute("data-status")));
    }

    private sealed class NeverStartedLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }

    private sealed class StaticOptionsMonitor<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
