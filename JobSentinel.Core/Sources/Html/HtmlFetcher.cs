using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using JobSentinel.Core.Browser;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Fetching;
using Microsoft.Playwright;

namespace JobSentinel.Core.Sources.Html;

/// <summary>
/// Any careers page, rendered by Chromium (so pages built by JavaScript work), read with the CSS
/// selectors in the source's options; each posting's link is followed for its description.
/// Options: listItem, title, link (required; "self" when the item is the link), location,
/// description (on the posting's page; default main/article/body), maxDetails (default 100).
/// </summary>
public sealed class HtmlFetcher(BrowserPool browsers) : ISourceFetcher
{
    private const int DefaultMaxDetails = 100;

    public SourceType Type => SourceType.Html;

    public async Task<IReadOnlyList<RawPosting>> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var listItem = request.Option("listItem")!;
        var page = new Uri(request.Url!);
        var start = request.ApiUri(page.GetLeftPart(UriPartial.Authority), page.PathAndQuery);
        try
        {
            await using var context = await browsers.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Block }, cancellationToken);
            var verdicts = new ConcurrentDictionary<string, Task<bool>>(StringComparer.OrdinalIgnoreCase);
            await context.RouteAsync("**/*", async route =>
            {
                if (await IsAllowedAsync(route.Request.Url, verdicts))
                {
                    await route.ContinueAsync();
                }
                else
                {
                    await route.AbortAsync("blockedbyclient");
                }
            });
            var tab = await context.NewPageAsync();
            request.Progress.Request();
            var response = await tab.GotoAsync(start.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            if (response is { Ok: false })
            {
                throw new SourceHttpException($"The careers page answered {response.Status} {response.StatusText}.", response.Status);
            }

            await WaitForItemsAsync(tab, listItem);
            var items = await tab.EvalOnSelectorAllAsync<ListedItem[]>(listItem, ReadItemsScript, new
            {
                title = request.Option("title")!,
                link = request.Option("link")!,
                location = request.Option("location"),
            });
            var postings = items
                .Where(item => !string.IsNullOrWhiteSpace(item.Title) && Uri.TryCreate(start, item.Href, out var link) && link.Scheme is "http" or "https")
                .Select(item => (Item: item, Link: new Uri(start, item.Href!).ToString()))
                .DistinctBy(pair => pair.Link)
                .Select(pair => new RawPosting
                {
                    ExternalId = pair.Link,
                    Title = pair.Item.Title!.Trim(),
                    Location = string.IsNullOrWhiteSpace(pair.Item.Location) ? null : pair.Item.Location.Trim(),
                    Url = pair.Link,
                })
                .ToList();
            request.Progress.Fetched(postings.Count);
            return await WithDescriptionsAsync(tab, postings, request);
        }
        catch (TimeoutException ex)
        {
            throw new SourceFormatException($"The careers page showed no element matching '{listItem}' in time: check the 'listItem' selector.", ex);
        }
        catch (PlaywrightException ex)
        {
            throw new SourceHttpException($"The careers page could not be read: {ex.Message.Split('\n')[0]}", null, ex);
        }
        catch (BrowserUnavailableException ex)
        {
            throw new SourceFormatException(ex.Message, ex);
        }
    }

    /// <summary>
    /// Chromium does not go through <see cref="SafeHttpHandler"/>: every request it makes is checked
    /// here, the host's addresses included, so a name resolving to a metadata address is refused too.
    /// </summary>
    internal static async Task<bool> IsAllowedAsync(string url, ConcurrentDictionary<string, Task<bool>> verdicts)
    {
        if (UrlSafety.Check(url) is not null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return await verdicts.GetOrAdd(uri.IdnHost, static async host =>
        {
            try
            {
                // Every address must be allowed: Chromium picks one itself and cannot be told which.
                var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await UrlSafety.Resolve(host, CancellationToken.None);
                return addresses.Length > 0 && !addresses.Any(UrlSafety.IsForbidden);
            }
            catch (SocketException)
            {
                return false;
            }
        });
    }

    private static async Task WaitForItemsAsync(IPage tab, string listItem)
    {
        try
        {
            await tab.WaitForSelectorAsync(listItem, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        }
        catch (PlaywrightException ex) when (ex.Message.Contains("is not a valid selector", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("Unexpected token", StringComparison.OrdinalIgnoreCase))
        {
            throw new SourceFormatException($"'{listItem}' is not a valid CSS selector.", ex);
        }
    }

    private static async Task<IReadOnlyList<RawPosting>> WithDescriptionsAsync(IPage tab, List<RawPosting> postings, FetchRequest request)
    {
        var limit = int.TryParse(request.Option("maxDetails"), out var max) && max >= 0 ? max : DefaultMaxDetails;
        var selector = request.Option("description") ?? "main, article, [role=main], body";
        List<RawPosting> result = new(postings.Count);
        foreach (var (posting, index) in postings.Select((p, i) => (p, i)))
        {
            if (index >= limit)
            {
                result.Add(posting);
                continue;
            }

            request.Progress.Request();
            var response = await tab.GotoAsync(posting.Url!, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
            var html = response is { Ok: true } && await tab.QuerySelectorAsync(selector) is { } element
                ? await element.InnerHTMLAsync()
                : null;
            result.Add(posting with { DescriptionHtml = html });
        }

        return result;
    }

    // Runs in the page: one object per list item, the link from an <a> (or the item itself).
    private const string ReadItemsScript = """
        (items, s) => items.map(item => {
            const pick = sel => sel ? item.querySelector(sel) : null;
            const titleEl = s.title === 'self' ? item : pick(s.title);
            const linkEl = s.link === 'self' ? item : pick(s.link);
            const locationEl = pick(s.location);
            return {
                title: titleEl ? titleEl.textContent.replace(/\s+/g, ' ').trim() : null,
                href: linkEl ? (linkEl.getAttribute('href') || (linkEl.querySelector('a') || {}).getAttribute?.('href') || null) : null,
                location: locationEl ? locationEl.textContent.replace(/\s+/g, ' ').trim() : null,
            };
        })
        """;

    // Playwright fills results through setters.
    private sealed class ListedItem
    {
        public string? Title { get; set; }

        public string? Href { get; set; }

        public string? Location { get; set; }
    }
}
