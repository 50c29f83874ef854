using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Generation;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Health;

/// <summary>
/// The configured OpenAI-compatible providers answer <c>GET {BaseUrl}/models</c> within a short timeout. Not configured
/// is healthy; a provider that fails or does not offer its model degrades the service. Cached for a minute: each probe
/// is a call to a paid API's host.
/// </summary>
public sealed class LlmHealthCheck(
    IHttpClientFactory httpClients, IOptionsMonitor<LlmOptions> options, LlmSettingsService llmSettings, TimeProvider timeProvider) : IHealthCheck
{
    public const string HttpClientName = LlmTextGenerator.HttpClientName;
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, LlmSettings Settings, HealthCheckResult Result)? _cached;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // A change of providers in the app is probed at once, not after the cache expires.
            var settings = await llmSettings.GetAsync(cancellationToken);
            if (_cached is { } hit && timeProvider.GetUtcNow() - hit.At < CacheFor && hit.Settings.Primary == settings.Primary && hit.Settings.Backup == settings.Backup)
            {
                return hit.Result;
            }

            var result = await EvaluateAsync(settings, context.Registration.FailureStatus, cancellationToken);
            _cached = (timeProvider.GetUtcNow(), settings, result);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <param name="settings">The effective settings (configuration with the app's changes on top): the providers the gateway really calls.</param>
    private async Task<HealthCheckResult> EvaluateAsync(LlmSettings settings, HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        var providers = settings.Providers().ToList();
        if (providers.Count == 0)
        {
            return HealthCheckResult.Healthy("Not configured: set a primary provider in Settings or JobSentinel:Llm:Primary to use an LLM.",
                new Dictionary<string, object> { ["configured"] = false });
        }

        Dictionary<string, object> data = new() { ["configured"] = true };
        List<string> problems = [];
        foreach (var (role, provider) in providers)
        {
            var (problem, latencyMs) = await ProbeAsync(provider, TimeSpan.FromSeconds(options.CurrentValue.ProbeTimeoutSeconds), cancellationToken);
            data[role] = new { baseUrl = provider.BaseUrl, model = provider.Model, ok = problem is null, latencyMs, error = problem };
            if (problem is not null)
            {
                problems.Add($"The {role} LLM provider {problem}");
            }
        }

        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{string.Join(" and ", providers.Select(p => p.Provider.Model))} reachable.", data)
            : new HealthCheckResult(failureStatus, string.Join(" ", problems), data: data);
    }

    /// <summary>The reason the provider is not usable (a sentence after "The primary LLM provider"), or null.</summary>
    private async Task<(string? Problem, double LatencyMs)> ProbeAsync(LlmProviderSettings provider, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, provider.BaseUrl!.TrimEnd('/') + "/models");
        if (!string.IsNullOrEmpty(provider.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            if (!response.IsSuccessStatusCode)
            {
                return ($"answered {(int)response.StatusCode} {response.ReasonPhrase} to GET /models.", Ms(watch));
            }

            var offered = await ModelIdsAsync(response, limit.Token);
            return offered is not null && !offered.Contains(provider.Model!, StringComparer.OrdinalIgnoreCase)
                ? ($"does not offer the model '{provider.Model}'.", Ms(watch))
                : (null, Ms(watch));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"did not answer within {timeout.TotalSeconds:0.#} s."), Ms(watch));
        }
        catch (HttpRequestException ex)
        {
            return ($"could not be reached: {ex.Message.TrimEnd('.')}.", Ms(watch));
        }
    }

    /// <summary>The ids of an OpenAI-style <c>{"data":[{"id":...}]}</c> list; null when the answer has another shape.</summary>
    private static async Task<List<string>?> ModelIdsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var list) && list.ValueKind == JsonValueKind.Array
                ? [.. list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    .Select(m => m.GetProperty("id").GetString()!)]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double Ms(Stopwatch watch) => Math.Round(watch.Elapsed.TotalMilliseconds, 1);
}
