using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace JobSentinel.Core.Browser;

/// <summary>
/// One headless Chromium from the OS, started on first use and shared (HTML sources, PDFs): Playwright
/// never downloads a browser here. A crashed browser is started again on the next use.
/// </summary>
public sealed partial class BrowserPool(IOptionsMonitor<BrowserOptions> options, ILogger<BrowserPool> logger) : IAsyncDisposable
{
    /// <summary>The flags SPEC §0 asks for: no sandbox (containers, root), no GPU, no background traffic.</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _launches;

    /// <summary>How many times Chromium has been started by this pool (health probes prove they reuse it).</summary>
    public int Launches => Volatile.Read(ref _launches);

    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? contextOptions, CancellationToken cancellationToken)
    {
        var browser = await GetBrowserAsync(cancellationToken);
        var context = await browser.NewContextAsync(contextOptions ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(options.CurrentValue.NavigationTimeoutSeconds * 1000f);
        context.SetDefaultNavigationTimeout(options.CurrentValue.NavigationTimeoutSeconds * 1000f);
        return context;
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } running)
        {
            return running;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } started)
            {
                return started;
            }

            var path = options.CurrentValue.ExecutablePath;
            if (!File.Exists(path))
            {
                throw new BrowserUnavailableException(
                    $"Chromium was not found at '{path}'. Install Debian's 'chromium' package or set JobSentinel:Browser:ExecutablePath.");
            }

            try
            {
                _playwright ??= await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = path,
                    Headless = true,
                    Args = LaunchArguments,
                    Timeout = options.CurrentValue.NavigationTimeoutSeconds * 1000f,
                });
                Interlocked.Increment(ref _launches);
                LogStarted(logger, path, _browser.Version);
                return _browser;
            }
            catch (PlaywrightException ex)
            {
                throw new BrowserUnavailableException($"Chromium at '{path}' could not be started: {ex.Message.Split('\n')[0]}", ex);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Started Chromium {Version} from {Path}")]
    private static partial void LogStarted(ILogger logger, string path, string version);
}
