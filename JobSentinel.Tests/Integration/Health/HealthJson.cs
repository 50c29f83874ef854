using System.Net;
using System.Text.Json;

namespace JobSentinel.Tests.Integration.Health;

/// <summary>Reads one component of <c>/api/v1/health/{name}</c> as a script would.</summary>
internal static class HealthJson
{
    public static async Task<(HttpStatusCode Code, JsonElement Check)> GetCheckAsync(this HttpClient client, string name)
    {
        using var response = await client.GetAsync($"/api/v1/health/{name}", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, document.RootElement.GetProperty("checks").GetProperty(name).Clone());
    }

    public static string Status(this JsonElement check) => check.GetProperty("status").GetString()!;

    public static string Description(this JsonElement check) => check.GetProperty("description").GetString()!;

    public static JsonElement Data(this JsonElement check, string key) => check.GetProperty("data").GetProperty(key);
}
