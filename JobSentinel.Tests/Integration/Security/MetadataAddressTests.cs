using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Alerts;
using JobSentinel.Core.Sources;
using JobSentinel.Core.Sources.Fetching;
using JobSentinel.Core.Sources.Html;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;

namespace JobSentinel.Tests.Integration.Security;

/// <summary>
/// Every place a user gives a host (source URLs, Chromium's requests for HTML sources, alert webhooks, SMTP hosts)
/// refuses link-local and cloud-metadata targets, by literal, by well-known name and by a name resolving to one,
/// while loopback and private addresses stay allowed.
/// </summary>
public sealed class MetadataAddressTests
{
    public MetadataAddressTests() => LinkLocalNames.Install();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string> ForbiddenHosts => ["169.254.169.254", "[fe80::1]", "metadata.google.internal", "hooks" + LinkLocalNames.Suffix];

    [Fact]
    public async Task AllowedAddresses_NameResolvingToLinkLocal_IsEmpty_LoopbackAndPrivateStay()
    {
        Assert.Empty(await UrlSafety.AllowedAddressesAsync("jobs" + LinkLocalNames.Suffix, Cancellation));
        Assert.Empty(await UrlSafety.AllowedAddressesAsync("metadata.google.internal", Cancellation));
        Assert.Empty(await UrlSafety.AllowedAddressesAsync("[fe80::1]", Cancellation));
        Assert.Equal([IPAddress.Loopback], await UrlSafety.AllowedAddressesAsync("127.0.0.1", Cancellation));
        Assert.Equal([IPAddress.Parse("192.168.1.20")], await UrlSafety.AllowedAddressesAsync("192.168.1.20", Cancellation));
        Assert.Contains(await UrlSafety.AllowedAddressesAsync("localhost", Cancellation), IPAddress.IsLoopback);
    }

    [Theory]
    [MemberData(nameof(ForbiddenHosts))]
    public async Task SourceAndWebhookClients_ForbiddenHost_AreRefusedBeforeConnecting(string host)
    {
        // Source fetchers and alert senders both use SafeHttpHandler as their primary handler.
        using var client = new HttpClient(SafeHttpHandler.Create());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetAsync($"http://{host}/v1/boards/acme/jobs", Cancellation));

        Assert.Contains("link-local", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ForbiddenHosts))]
    public async Task ChromiumRequests_ForbiddenHost_AreAborted(string host)
    {
        Assert.False(await HtmlFetcher.IsAllowedAsync($"http://{host}/careers", new ConcurrentDictionary<string, Task<bool>>()));
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080/careers")]
    [InlineData("http://10.1.2.3/careers")]
    [InlineData("http://localhost/careers")]
    public async Task ChromiumRequests_LoopbackOrPrivate_AreAllowed(string url)
    {
        Assert.True(await HtmlFetcher.IsAllowedAsync(url, new ConcurrentDictionary<string, Task<bool>>()));
    }

    [Fact]
    public async Task Email_SmtpHostResolvingToLinkLocal_IsPermanentWithoutConnecting()
    {
        var target = new ChannelTarget(AlertChannelType.Email, null, null, new SmtpSettings(
            "smtp" + LinkLocalNames.Suffix, 25, null, null, "alerts@sentinel.example", ["me@example.com"], SmtpSecurity.Auto));

        var result = await new EmailSender(TimeProvider.System, EmailSender.DefaultTimeout).SendAsync(target, AlertMessages.Immediate(), Cancellation);

        Assert.Equal(new DeliveryResult(DeliveryOutcome.Permanent, "The SMTP host must not point at a link-local or cloud-metadata address."), result);
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("fe80::1")]
    [InlineData("metadata.google.internal")]
    public async Task AlertChannelsApi_ForbiddenSmtpHostOrWebhook_Is400NamingTheField(string host)
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var api = factory.CreateApiClient();
        var webhookHost = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;

        using var email = await api.PostAsJsonAsync("/api/v1/alert-channels", new
        {
            name = "Mail",
            type = "email",
            smtp = new { host, port = 25, from = "alerts@sentinel.example", to = new[] { "me@example.com" } },
        }, Cancellation);
        using var webhook = await api.PostAsJsonAsync("/api/v1/alert-channels",
            new { name = "Hook", type = "webhook", url = $"http://{webhookHost}/hook" }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, email.StatusCode);
        var errors = (await email.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors");
        Assert.StartsWith("smtp.host must not point at", errors.GetProperty("smtp.host")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, webhook.StatusCode);
        Assert.True((await webhook.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors").TryGetProperty("url", out _));
    }

    [Fact]
    public async Task AlertChannelsApi_PrivateSmtpHost_IsAccepted()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path);
        using var api = factory.CreateApiClient();

        using var email = await api.PostAsJsonAsync("/api/v1/alert-channels", new
        {
            name = "Mail",
            type = "email",
            smtp = new { host = "192.168.1.25", port = 25, from = "alerts@sentinel.example", to = new[] { "me@example.com" } },
        }, Cancellation);

        Assert.Equal(HttpStatusCode.Created, email.StatusCode);
    }
}
