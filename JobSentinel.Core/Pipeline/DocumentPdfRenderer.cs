using JobSentinel.Core.Browser;
using Microsoft.Playwright;

namespace JobSentinel.Core.Pipeline;

/// <summary>Prints a generated document to PDF with the OS Chromium (selectable text, A4 or Letter).</summary>
public sealed class DocumentPdfRenderer(BrowserPool browsers)
{
    public static readonly IReadOnlyList<string> PaperFormats = ["A4", "Letter"];

    /// <summary>The PDF bytes. <paramref name="paperFormat"/> is "A4" or "Letter" (case-insensitive); throws <see cref="BrowserUnavailableException"/> when Chromium cannot run.</summary>
    public async Task<byte[]> RenderAsync(string title, IReadOnlyList<DocumentSection> sections, string paperFormat, CancellationToken cancellationToken)
    {
        var format = PaperFormats.FirstOrDefault(f => f.Equals(paperFormat, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Paper format must be one of {string.Join(", ", PaperFormats)}.", nameof(paperFormat));
        // JavaScript off and no network: the document is our own markup, nothing in it may run or fetch.
        await using var context = await browsers.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true }, cancellationToken);
        var page = await context.NewPageAsync();
        await page.SetContentAsync(DocumentFormats.ToHtmlPage(title, sections));
        cancellationToken.ThrowIfCancellationRequested();
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = format,
            PrintBackground = true,
            Margin = new Margin { Top = "16mm", Bottom = "16mm", Left = "16mm", Right = "16mm" },
        });
    }
}
