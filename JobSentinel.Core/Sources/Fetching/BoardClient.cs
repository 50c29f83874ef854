using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly.RateLimiting;
using Polly.Timeout;

namespace JobSentinel.Core.Sources.Fetching;

/// <summary>
/// One board's HTTP access as fetchers need it: the status, content type and body are checked, and
/// every failure becomes an exception whose message a user can act on (it is shown as the run's error).
/// </summary>
public sealed class BoardClient(HttpClient http, string boardLabel)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<string> GetJsonAsync(Uri uri, FetchRequest request, CancellationToken cancellationToken, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), Expected.Json, request, configure, cancellationToken);

    public Task<string> PostJsonAsync(Uri uri, object body, FetchRequest request, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json"),
        }, Expected.Json, request, null, cancellationToken);

    public Task<string> GetXmlAsync(Uri uri, FetchRequest request, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, uri), Expected.Xml, request, null, cancellationToken);

    private async Task<string> SendAsync(
        HttpRequestMessage message, Expected expected, FetchRequest request, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
    {
        using (message)
        {
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(expected == Expected.Json ? "application/json" : "application/xml"));
            message.Options.Set(RequestCountingHandler.ProgressKey, request.Progress);
            configure?.Invoke(message);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            }
            catch (TimeoutRejectedException ex)
            {
                throw new SourceHttpException($"{boardLabel} did not answer in time ({message.RequestUri!.Host}).", null, ex);
            }
            catch (RateLimiterRejectedException ex)
            {
                throw new SourceHttpException($"Too many requests queued for {message.RequestUri!.Host}; try again later.", null, ex);
            }
            catch (HttpRequestException ex)
            {
                throw new SourceHttpException($"{boardLabel} could not be reached at {message.RequestUri!.Host}: {ex.Message}", null, ex);
            }
            catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SourceHttpException($"{boardLabel} did not answer in time ({message.RequestUri!.Host}).", null, ex);
            }

            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new SourceHttpException(Describe(response, request), (int)response.StatusCode);
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                CheckShape(body, response.Content.Headers.ContentType?.MediaType, expected);
                return body;
            }
        }
    }

    private string Describe(HttpResponseMessage response, FetchRequest request)
    {
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".Trim();
        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => $"{boardLabel} answered {status}: check the board name '{request.Board ?? request.Url}'.",
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                $"{boardLabel} answered {status}: it refuses this client (blocked, or a wrong or missing API key).",
            HttpStatusCode.TooManyRequests => $"{boardLabel} answered {status}: rate limited{RetryAfterText(response)}.",
            _ => $"{boardLabel} answered {status}.",
        };
    }

    private static string RetryAfterText(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta is { } delta ? $", retry after {delta.TotalSeconds:F0} s"
        : response.Headers.RetryAfter?.Date is { } date ? $", retry after {date:u}"
        : "";

    // Cloudflare and error pages arrive as HTML with status 200 where JSON or XML was expected.
    private void CheckShape(string body, string? mediaType, Expected expected)
    {
        var start = body.AsSpan().TrimStart();
        var looksLikeHtml = start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || mediaType is "text/html";
        if (expected == Expected.Json && (looksLikeHtml || start.StartsWith("<")))
        {
            throw new SourceFormatException($"{boardLabel} answered with an HTML page instead of JSON (a Cloudflare check or an error page).");
        }

        if (expected == Expected.Xml && looksLikeHtml)
        {
            throw new SourceFormatException($"{boardLabel} answered with an HTML page instead of a feed.");
        }

        if (start.IsEmpty)
        {
            throw new SourceFormatException($"{boardLabel} answered with an empty body.");
        }
    }

    private enum Expected
    {
        Json,
        Xml,
    }
}
