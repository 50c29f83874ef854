namespace JobSentinel.Core.Sources.Fetching;

/// <summary>Sits inside the retry strategy, so it counts every attempt for the run's progress.</summary>
public sealed class RequestCountingHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<IFetchProgress> ProgressKey = new("JobSentinel.FetchProgress");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Options.TryGetValue(ProgressKey, out var progress))
        {
            progress.Request();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
