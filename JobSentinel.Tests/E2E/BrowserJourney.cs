using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.E2E;

/// <summary>A journey in real Chromium against its own app on a fresh data directory.</summary>
public abstract class BrowserJourney(BrowserFixture browser) : IAsyncLifetime
{
    protected TempDirectory DataDirectory { get; } = new();

    protected BrowserSession Session { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Session = BrowserSession.Start(browser, new JobSentinelFactory(DataDirectory.Path));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        DataDirectory.Dispose();
        GC.SuppressFinalize(this);
    }
}
