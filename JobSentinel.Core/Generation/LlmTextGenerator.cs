using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI;

namespace JobSentinel.Core.Generation;

/// <summary>
/// The LLM gateway: every text generation goes through here. In order: not configured or the <c>llm</c> flag off →
/// no call; contact details redacted (setting, on by default); the answer cache (SHA-256 of model and messages);
/// the monthly cost cap; then the primary and the backup provider through an <see cref="IChatClient"/>, each behind
/// its own <see cref="LlmCircuitBreaker"/> and a timeout. 429, 5xx, timeouts, malformed JSON and empty answers count
/// as failures. Every call (cache hits too) is recorded in <see cref="LlmCall"/> with tokens and cost.
/// </summary>
public sealed partial class LlmTextGenerator(
    LlmSettingsService settingsService,
    FeatureFlags flags,
    LlmCircuitBreakers breakers,
    LlmUsage usage,
    IHttpClientFactory httpClients,
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    JobSentinelMetrics metrics,
    TimeProvider timeProvider,
    ILogger<LlmTextGenerator> logger) : ITextGenerator
{
    /// <summary>The named HttpClient the providers are called with (safe handler, no request logging: the key is in a header).</summary>
    public const string HttpClientName = "llm";

    public async Task<LlmOutcome> GenerateAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var settings = await settingsService.GetAsync(cancellationToken);
        var system = settings.RedactContactDetails ? ContactRedactor.Redact(request.System) : request.System;
        var user = settings.RedactContactDetails ? ContactRedactor.Redact(request.User) : request.User;
        var sent = Sent(system, user);
        var providers = settings.Providers().ToList();
        var blocked = await BlockedAsync(settings, request.Subject, cancellationToken);
        if (blocked is { ByCostCap: false })
        {
            return new LlmOutcome(null, null, 0, 0, sent, blocked.Reason);
        }

        // A cached answer costs nothing, so the cap does not stop it.
        if (await FromCacheAsync(request.Purpose, providers, system, user, sent, cancellationToken) is { } cached)
        {
            return cached;
        }

        if (blocked is not null)
        {
            return new LlmOutcome(null, null, 0, 0, sent, blocked.Reason);
        }

        List<string> failures = [];
        var coolDown = TimeSpan.FromMinutes(settings.BreakerCoolDownMinutes);
        foreach (var (role, provider) in providers)
        {
            var breaker = breakers.For(role);
            if (!breaker.TryEnter(Now(), coolDown))
            {
                var view = breaker.View(Now(), coolDown);
                failures.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the {role} provider ({provider.Model}) was skipped: its circuit is open after {view.ConsecutiveFailures} failures in a row (next trial at {view.RetryAt:HH:mm:ss} UTC)"));
                continue;
            }

            var outcome = await CallAsync(request, role, provider, system, user, sent, TimeSpan.FromSeconds(settings.TimeoutSeconds), breaker, cancellationToken);
            if (outcome.Text is not null)
            {
                return outcome;
            }

            failures.Add(outcome.FallbackReason!);
        }

        return new LlmOutcome(null, null, 0, 0, sent, "No LLM provider answered: " + string.Join("; ", failures) + ".");
    }

    /// <summary>What a request would send after redaction, and whether a provider would be asked at all (the Settings preview).</summary>
    public async Task<LlmPreview> PreviewAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var settings = await settingsService.GetAsync(cancellationToken);
        var system = settings.RedactContactDetails ? ContactRedactor.Redact(request.System) : request.System;
        var user = settings.RedactContactDetails ? ContactRedactor.Redact(request.User) : request.User;
        var blocked = await BlockedAsync(settings, request.Subject, cancellationToken);
        return new LlmPreview(system, user, Sent(system, user), settings.RedactContactDetails, blocked is null,
            blocked?.Reason, settings.Providers().Select(p => $"{p.Role} ({p.Provider.Model})").ToList());
    }

    /// <summary>Why no provider may be asked (not configured, flag off, cost cap), or null.</summary>
    private async Task<Blocked?> BlockedAsync(LlmSettings settings, string? subject, CancellationToken cancellationToken)
    {
        if (!settings.AnyConfigured)
        {
            return new Blocked("No LLM provider is configured.", false);
        }

        if (!await flags.IsEnabledAsync(FeatureNames.Llm, subject, cancellationToken))
        {
            return new Blocked("LLM use is turned off by the 'llm' feature flag.", false);
        }

        var spent = await usage.MonthCostAsync(cancellationToken);
        return LlmUsage.CapReached(spent, settings.MonthlyCostCapUsd)
            ? new Blocked(string.Create(CultureInfo.InvariantCulture,
                $"The monthly LLM cost cap is reached ({spent:0.####} of {settings.MonthlyCostCapUsd:0.##} USD this month): templates are used until next month or a higher cap."), true)
            : null;
    }

    /// <summary>What <paramref name="system"/> and <paramref name="user"/> look like once sent (the trace's "Sent").</summary>
    public static string Sent(string system, string user) => system + "\n\n" + user;

    /// <summary>The cache key: SHA-256 (hex) of the model and the messages as sent.</summary>
    public static string CacheKey(string model, string system, string user) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new[] { model, "system", system, "user", user })));

    /// <summary>Tokens estimated from characters (about four per token) when a provider reports no usage.</summary>
    public static int EstimateTokens(string text) => (text.Length + 3) / 4;

    private async Task<LlmOutcome?> FromCacheAsync(
        string purpose, List<(string Role, LlmProviderSettings Provider)> providers, string system, string user, string sent, CancellationToken cancellationToken)
    {
        var keys = providers.Select(p => CacheKey(p.Provider.Model!, system, user)).Distinct().ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var hits = await context.LlmCache.AsNoTracking().Where(c => keys.Contains(c.Key)).ToListAsync(cancellationToken);
        var hit = keys.Select(k => hits.FirstOrDefault(h => h.Key == k)).FirstOrDefault(h => h is not null);
        if (hit is null)
        {
            return null;
        }

        context.LlmCalls.Add(new LlmCall
        {
            At = Now(), Purpose = Truncate(purpose, 40), Provider = LlmRoles.Cache, Model = hit.Model, PromptTokens = hit.PromptTokens,
            CompletionTokens = hit.CompletionTokens, CostUsd = 0, Succeeded = true,
        });
        await context.SaveChangesAsync(cancellationToken);
        return new LlmOutcome(hit.Response, $"cache ({hit.Model})", hit.PromptTokens + hit.CompletionTokens, 0, sent, null);
    }

    /// <summary>One provider attempt; on failure the outcome has no text and its reason says what went wrong.</summary>
    private async Task<LlmOutcome> CallAsync(
        LlmRequest request, string role, LlmProviderSettings provider, string system, string user, string sent, TimeSpan timeout,
        LlmCircuitBreaker breaker, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        string? text = null;
        string? error;
        UsageDetails? reported = null;
        try
        {
            using var client = CreateClient(provider);
            var response = await client.GetResponseAsync(
                [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)],
                new ChatOptions { MaxOutputTokens = request.MaxOutputTokens },
                limit.Token);
            text = response.Text?.Trim();
            reported = response.Usage;
            error = string.IsNullOrEmpty(text) ? "answered with an empty text" : null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            breaker.Abandon();
            throw;
        }
        catch (Exception ex)
        {
            error = Describe(ex, limit.IsCancellationRequested, timeout);
        }

        var promptTokens = reported?.InputTokenCount is { } input ? (int)input : EstimateTokens(system) + EstimateTokens(user);
        var completionTokens = reported?.OutputTokenCount is { } output ? (int)output : EstimateTokens(text ?? "");
        var cost = error is null ? provider.CostOf(promptTokens, completionTokens) : 0;
        await using (var context = await contextFactory.CreateDbContextAsync(CancellationToken.None))
        {
            context.LlmCalls.Add(new LlmCall
            {
                At = Now(), Purpose = Truncate(request.Purpose, 40), Provider = role, Model = provider.Model,
                PromptTokens = error is null ? promptTokens : 0, CompletionTokens = error is null ? completionTokens : 0, CostUsd = cost,
                Succeeded = error is null, Error = error is null ? null : Truncate(error, 1000), DurationMs = watch.ElapsedMilliseconds,
            });
            if (error is null)
            {
                var key = CacheKey(provider.Model!, system, user);
                if (!await context.LlmCache.AnyAsync(c => c.Key == key, CancellationToken.None))
                {
                    context.LlmCache.Add(new LlmCacheEntry
                    {
                        Key = key, Response = text!, Model = provider.Model, PromptTokens = promptTokens, CompletionTokens = completionTokens, CreatedAt = Now(),
                    });
                }
            }

            await context.SaveChangesAsync(CancellationToken.None);
        }

        if (error is not null)
        {
            breaker.RecordFailure(Now(), error);
            LogProviderFailed(logger, role, provider.Model, error);
            return new LlmOutcome(null, null, 0, 0, sent, $"the {role} provider ({provider.Model}) {error}");
        }

        breaker.RecordSuccess();
        if (cost > 0)
        {
            metrics.AddLlmCost((decimal)cost);
        }

        return new LlmOutcome(text, $"llm:{role} ({provider.Model})", promptTokens + completionTokens, cost, sent, null);
    }

    private IChatClient CreateClient(LlmProviderSettings provider)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri(provider.BaseUrl!.TrimEnd('/') + "/"),
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),

            // Failover to the backup is the retry: the SDK's own retries would hide 429s and 5xx behind long waits.
            RetryPolicy = new ClientRetryPolicy(0),
        };

        // The SDK insists on a credential; local servers (Ollama, vLLM) accept any.
        var credential = new ApiKeyCredential(string.IsNullOrEmpty(provider.ApiKey) ? "no-key" : provider.ApiKey);
        return new OpenAIClient(credential, options).GetChatClient(provider.Model!).AsIChatClient();
    }

    private static string Describe(Exception ex, bool timedOut, TimeSpan timeout)
    {
        if (timedOut && ex is OperationCanceledException or TimeoutException or TaskCanceledException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"did not answer within {timeout.TotalSeconds:0.#} s");
        }

        if (ex is ClientResultException { Status: > 0 } http)
        {
            var reason = http.GetRawResponse()?.ReasonPhrase;
            return $"answered HTTP {http.Status}{(string.IsNullOrEmpty(reason) ? "" : " " + reason)}";
        }

        for (var inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException or FormatException || inner.GetType().Name.Contains("Json", StringComparison.Ordinal))
            {
                return "answered with malformed JSON";
            }
        }

        return ex is HttpRequestException or ClientResultException
            ? $"could not be reached: {ex.Message.TrimEnd('.')}"
            : $"failed: {ex.GetType().Name}: {ex.Message.TrimEnd('.')}";
    }

    private sealed record Blocked(string Reason, bool ByCostCap);

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;

    private DateTime Now() => timeProvider.GetUtcNow().UtcDateTime;

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "The {Role} LLM provider ({Model}) failed: {Error}")]
    private static partial void LogProviderFailed(ILogger logger, string role, string? model, string error);
}
