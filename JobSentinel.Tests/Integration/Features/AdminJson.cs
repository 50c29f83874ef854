using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace JobSentinel.Tests.Integration.Features;

/// <summary>JSON calls to the admin API as a script makes them: the status and the parsed answer.</summary>
internal static class AdminJson
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(this HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>PUT that must answer 200.</summary>
    public static async Task<JsonElement> PutJsonAsync(this HttpClient client, string path, object body)
    {
        var (status, answer) = await client.SendAsync(HttpMethod.Put, path, body);
        Assert.True(status == HttpStatusCode.OK, $"PUT {path} answered {(int)status}: {answer}");
        return answer;
    }

    /// <summary>POST that must answer 200.</summary>
    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body)
    {
        var (status, answer) = await client.SendAsync(HttpMethod.Post, path, body);
        Assert.True(status == HttpStatusCode.OK, $"POST {path} answered {(int)status}: {answer}");
        return answer;
    }
}
