using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobSentinel.Core.Sources;

namespace JobSentinel.Core.Alerts;

/// <summary>
/// Posts one JSON payload to a channel's webhook URL and turns the answer into a <see cref="DeliveryResult"/>.
/// Error texts never carry the URL or the secret: webhook URLs hold the channel's token.
/// </summary>
internal sealed partial class AlertHttpDelivery(HttpClient http, TimeProvider timeProvider)
{
    private const int MaxDetailChars = 200;
    private const int MaxDetailBytes = 4096;

    /// <param name="configure">Adds headers once the exact body bytes are known (the JSON webhook signs them).</param>
    public async Task<DeliveryResult> PostAsync(
        ChannelTarget target, JsonObject payload, Action<HttpRequestMessage, byte[]>? configure, CancellationToken cancellationToken)
    {
        if (UrlSafety.Check(target.Url) is { } problem)
        {
            return new DeliveryResult(DeliveryOutcome.Permanent, "The channel's URL " + problem);
        }

        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        configure?.Invoke(request, body);
        try
        {
            // Headers only: a 2xx is delivered whatever its body, and an error body is read only as far as needed.
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return await ClassifyAsync(response, target, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(
                DeliveryOutcome.RetryLater, string.Create(CultureInfo.InvariantCulture, $"The channel did not answer within {http.Timeout.TotalSeconds:0.#} s."));
        }
        catch (HttpRequestException exception)
        {
            return new DeliveryResult(DeliveryOutcome.RetryLater, Describe(exception));
        }
    }

    /// <summary>The wait a 429 or 503 asked for: delta seconds, or an HTTP date relative to <paramref name="now"/>.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        return wait is { } value && value < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private async Task<DeliveryResult> ClassifyAsync(HttpResponseMessage response, ChannelTarget target, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return DeliveryResult.Delivered;
        }

        var code = (int)response.StatusCode;
        var status = $"{code} {response.ReasonPhrase}".Trim();
        var detail = await ReadDetailAsync(response, target, cancellationToken);
        var answered = detail is null ? $"The channel answered {status}." : $"The channel answered {status}: {detail}";
        return response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || code >= 500
            ? new DeliveryResult(DeliveryOutcome.RetryLater, answered, RetryAfter(response, timeProvider.GetUtcNow()))
            : new DeliveryResult(DeliveryOutcome.Permanent, answered);
    }

    /// <summary>
    /// The start of a text answer (Slack's "invalid_token", "no_service"), single-lined, with anything from
    /// the URL or the secret blanked out in case the receiver echoes the request; null for HTML pages and binary.
    /// </summary>
    private async Task<string?> ReadDetailAsync(HttpResponseMessage response, ChannelTarget target, CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) && !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string body;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(http.Timeout);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(limit.Token);
            var buffer = new byte[MaxDetailBytes];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, limit.Token);
            body = Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The status alone is the answer.
            return null;
        }

        var text = Whitespace().Replace(body, " ").Trim();
        if (text.Length == 0 || text.StartsWith('<'))
        {
            return null;
        }

        foreach (var secret in Secrets(target))
        {
            text = text.Replace(secret, "[redacted]", StringComparison.OrdinalIgnoreCase);
        }

        text = AlertText.Truncate(text, MaxDetailChars);
        return text.EndsWith('.') || text.EndsWith(AlertText.Ellipsis, StringComparison.Ordinal) ? text : text + ".";
    }

    /// <summary>The URL, its path and query pieces long enough to be tokens (raw and unescaped), and the signing secret; longest first.</summary>
    private static IEnumerable<string> Secrets(ChannelTarget target)
    {
        var secrets = new List<string>();
        if (Uri.TryCreate(target.Url, UriKind.Absolute, out var uri))
        {
            secrets.Add(target.Url!);
            secrets.Add(uri.PathAndQuery);
            foreach (var piece in uri.PathAndQuery.Split(['/', '?', '&', '=']))
            {
                secrets.Add(piece);
                secrets.Add(Uri.UnescapeDataString(piece));
            }
        }

        secrets = [.. secrets.Where(secret => secret.Length >= 8)];
        if (target.Secret is { Length: >= 4 } signingSecret)
        {
            secrets.Add(signingSecret);
        }

        return secrets.Distinct().OrderByDescending(secret => secret.Length);
    }

    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "The channel's host name could not be resolved.",
        HttpRequestError.ConnectionError => "Could not connect to the channel's host (refused, unreachable or not allowed).",
        HttpRequestError.SecureConnectionError => "The TLS handshake with the channel's host failed.",
        HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError =>
            "The channel's host closed the connection or sent an invalid answer.",
        _ => "The request to the channel failed.",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
