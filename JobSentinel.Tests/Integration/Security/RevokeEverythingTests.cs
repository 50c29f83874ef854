using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using JobSentinel.Core.Security;
using JobSentinel.Tests.TestDoubles;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Integration.Security;

/// <summary>"Revoke everything" ends every API key and every browser session at once, and is audited.</summary>
public sealed class RevokeEverythingTests
{
    [Fact]
    public async Task RevokeAll_RejectsOldKeysAndSessions_AndANewLoginOrBootstrapWorks()
    {
        using var directory = new TempDirectory();
        await using (var factory = new JobSentinelFactory(directory.Path))
        {
            using var api = factory.CreateApiClient();
            using var created = await api.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "script" }, TestContext.Current.CancellationToken);
            var otherKey = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("key").GetString()!;
            using var other = factory.CreateClient();
            other.DefaultRequestHeaders.Add("X-API-Key", otherKey);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode);
            using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await BrowserlessLogin.SignInAsync(browser, JobSentinelFactory.AdminPassword);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/settings", TestContext.Current.CancellationToken)).StatusCode);

            using var revoke = await api.PostAsync("/api/v1/admin/revoke-all", null, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
            Assert.Equal(2, (await revoke.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("revokedApiKeys").GetInt32());
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode);
            using var refused = await browser.GetAsync("/settings", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

            using var fresh = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await BrowserlessLogin.SignInAsync(fresh, JobSentinelFactory.AdminPassword);
            Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/settings", TestContext.Current.CancellationToken)).StatusCode);

            var audit = await factory.Services.GetRequiredService<AuditLog>()
                .QueryAsync(new AuditQuery(AuditKinds.SecurityRevokedAll), 1, 10, TestContext.Current.CancellationToken);
            var entry = Assert.Single(audit.Items);
            Assert.Equal("api key 'bootstrap'", entry.Actor);
            Assert.Contains("2 API key(s)", entry.Detail, StringComparison.Ordinal);
        }

        // The configured bootstrap key is the operator's explicit wish: active again after a restart.
        await using var restarted = new JobSentinelFactory(directory.Path);
        using var again = restarted.CreateApiClient();
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken)).StatusCode);
    }
}
