using System.Diagnostics;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Sources.Fetching;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Sources;

/// <summary>
/// Dry fetch of a source before it is saved (<c>POST /sources/test</c>): a pasted careers URL is
/// recognised, the board is read once, and nothing is stored.
/// </summary>
public sealed class SourceTester(IEnumerable<ISourceFetcher> fetchers, Features.FeatureFlags flags, IOptionsMonitor<ScrapingOptions> options)
{
    private const int SampleSize = 5;

    /// <summary>Fills type, board and name from <paramref name="careersUrl"/> where the draft leaves them out.</summary>
    public static SourceDraft Complete(SourceDraft draft, string? careersUrl)
    {
        if (draft.Type is not null || CareersUrlDetector.Detect(careersUrl ?? draft.Url) is not { } detected)
        {
            return draft;
        }

        return draft with
        {
            Type = detected.Type,
            Name = string.IsNullOrWhiteSpace(draft.Name) ? detected.SuggestedName : draft.Name,
            Board = draft.Board ?? detected.Board,
            Url = detected.Url ?? (detected.Type is SourceType.Rss or SourceType.Html ? draft.Url : null),
            BaseUrl = draft.BaseUrl ?? detected.BaseUrl,
            Options = draft.Options is { Count: > 0 } ? draft.Options : detected.Options,
        };
    }

    public async Task<SourceTestResult> TestAsync(SourceDraft draft, CancellationToken cancellationToken)
    {
        var type = draft.Type!.Value;
        var watch = Stopwatch.StartNew();
        var request = new FetchRequest(draft.Name ?? type.ToString(), type, draft.Board?.Trim(), draft.Url?.Trim(), draft.BaseUrl?.Trim(),
            draft.Options ?? new Dictionary<string, string>(), NoProgress.Instance);
        var fetcher = fetchers.FirstOrDefault(f => f.Type == type);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(Math.Min(2, options.CurrentValue.RunTimeoutMinutes)));
        if (SourceCatalog.Get(type).MaxRunsPerDay is { } allowed)
        {
            // A test fetch is a call like any other, and these boards count them.
            return Result(draft, false, 0, [],
                $"{SourceCatalog.Get(type).DisplayName} allows {allowed} calls a day, so it is not test-fetched: save the source and use Run now.", watch);
        }

        if (await ScrapeRunner.PausedReasonAsync(flags, type, cancellationToken) is { } paused)
        {
            return Result(draft, false, 0, [], paused, watch);
        }

        try
        {
            if (fetcher is null)
            {
                throw new SourceFormatException($"No fetcher is available for sources of type '{type}'.");
            }

            var postings = await fetcher.FetchAsync(request, timeout.Token);
            var sample = postings.Take(SampleSize).Select(p => new SourceTestSample(p.Title, p.Company, p.Location, p.Url ?? p.ApplyUrl)).ToList();
            return Result(draft, true, postings.Count, sample, null, watch);
        }
        catch (Exception ex) when (ex is SourceHttpException or SourceFormatException
            || (ex is OperationCanceledException && timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            var message = ex is OperationCanceledException ? "The board did not answer within two minutes." : ex.Message;
            return Result(draft, false, 0, [], message, watch);
        }
    }

    private static SourceTestResult Result(SourceDraft draft, bool ok, int found, IReadOnlyList<SourceTestSample> sample, string? error, Stopwatch watch) =>
        new(ok, draft.Type!.Value, draft.Name ?? "", draft.Board, draft.Url, draft.BaseUrl,
            draft.Options ?? new Dictionary<string, string>(), found, sample, error, watch.ElapsedMilliseconds);

    private sealed class NoProgress : IFetchProgress
    {
        public static readonly NoProgress Instance = new();

        public void Request()
        {
        }

        public void Fetched(int postingsSoFar)
        {
        }
    }
}
