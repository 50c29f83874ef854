using System.Net;
using JobSentinel.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace JobSentinel.Core.Sources.Fetching;

public static class FetcherRegistration
{
    private const long MaxResponseBytes = 256L * 1024 * 1024;

    /// <summary>
    /// Registers a fetcher as a typed HttpClient with the scrape pipeline: retry with jitter honouring
    /// Retry-After, the per-host rate limiter, and a per-attempt timeout (innermost first: timeout,
    /// limiter, retry). The per-source circuit breaker sits above, over whole runs.
    /// </summary>
    public static IHttpClientBuilder AddSourceFetcher<TFetcher>(this IServiceCollection services)
        where TFetcher : class, ISourceFetcher
    {
        var builder = services.AddHttpClient<TFetcher>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<ScrapingOptions>>().Value;
                client.Timeout = Timeout.InfiniteTimeSpan; // the pipeline's timeouts apply
                client.MaxResponseContentBufferSize = MaxResponseBytes;
                var agent = string.IsNullOrWhiteSpace(options.ContactEmail) ? options.UserAgent : $"{options.UserAgent} {options.ContactEmail}";
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", agent);
            })
            .ConfigurePrimaryHttpMessageHandler(SafeHttpHandler.Create);
        builder.AddResilienceHandler("scrape", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ScrapingOptions>>().Value;
            var limiter = context.ServiceProvider.GetRequiredService<HostRateLimiter>();
            var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome, maxRetryAfter)),
                });
            }

            pipeline.AddRateLimiter(new HttpRateLimiterStrategyOptions
            {
                RateLimiter = args => limiter.AcquireAsync(args.Context.GetRequestMessage()?.RequestUri?.Host ?? "", args.Context.CancellationToken),
            });
            pipeline.AddTimeout(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
        });
        builder.AddHttpMessageHandler(() => new RequestCountingHandler());
        services.AddTransient<ISourceFetcher>(provider => provider.GetRequiredService<TFetcher>());
        return builder;
    }

    /// <summary>Network errors, timeouts, 408, 5xx, and 429 unless it asks to wait longer than we hold a run.</summary>
    internal static bool IsRetryable(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
            return wait is null || wait <= maxRetryAfter;
        }

        return response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;
    }
}
