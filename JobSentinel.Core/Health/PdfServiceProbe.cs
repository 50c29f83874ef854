using System.Diagnostics;
using JobSentinel.Core.Browser;
using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace JobSentinel.Core.Health;

/// <summary>
/// Renders a tiny HTML page to PDF with the shared Chromium soon after start and then every
/// <c>JobSentinel:Health:PdfProbeMinutes</c>; <see cref="PdfServiceHealthCheck"/> only reads <see cref="Latest"/>,
/// so a health request never starts a browser.
/// </summary>
public sealed partial class PdfServiceProbe(
    BrowserPool browsers, IOptionsMonitor<HealthOptions> options, TimeProvider timeProvider, ILogger<PdfServiceProbe> logger) : BackgroundService
{
    private const string ProbePage = "<!DOCTYPE html><html><body><h1>JobSentinel</h1><p>PDF health probe.</p></body></html>";
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private PdfProbeResult? _latest;

    /// <summary>The last probe's outcome; null until the first probe has finished.</summary>
    public PdfProbeResult? Latest => Volatile.Read(ref _latest);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.CurrentValue.PdfProbeDelaySeconds), timeProvider, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await ProbeAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMinutes(options.CurrentValue.PdfProbeMinutes), timeProvider, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Renders the probe page once and records the outcome.</summary>
    public async Task<PdfProbeResult> ProbeAsync(CancellationToken cancellationToken)
    {
        PdfProbeResult result;
        try
        {
            await using var context = await browsers.NewContextAsync(null, cancellationToken);

            // The render alone: starting Chromium the first time is not part of it.
            var watch = Stopwatch.StartNew();
            var page = await context.NewPageAsync();
            await page.SetContentAsync(ProbePage);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
            watch.Stop();
            var version = context.Browser?.Version;
            result = pdf.AsSpan().StartsWith(PdfMagic)
                ? new PdfProbeResult(Now(), true, version, Math.Round(watch.Elapsed.TotalMilliseconds, 1), null)
                : new PdfProbeResult(Now(), false, version, 0, $"Chromium answered {pdf.Length} bytes that are not a PDF.");
        }
        catch (BrowserUnavailableException ex)
        {
            result = new PdfProbeResult(Now(), false, null, 0, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever Chromium does, the probe records it: a background failure must never stop the app.
            result = new PdfProbeResult(Now(), false, null, 0, $"Chromium could not render a PDF: {ex.Message.Split('\n')[0]}");
        }

        Volatile.Write(ref _latest, result);
        if (!result.Ok)
        {
            LogProbeFailed(logger, result.Error!);
        }

        return result;
    }

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The PDF probe failed: {Error}")]
    private static partial void LogProbeFailed(ILogger logger, string error);
}
