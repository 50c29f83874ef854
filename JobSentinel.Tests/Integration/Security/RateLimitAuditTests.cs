using System.Net;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using JobSentinel.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Integration.Security;

public sealed class RateLimitAuditTests
{
    [Fact]
    public async Task ApiRateLimit_RefusesWith429_AndAuditsOneSummaryForTheMinute()
    {
        using var directory = new TempDirectory();
        await using var factory = new JobSentinelFactory(directory.Path, settings: new Dictionary<string, string?>
        {
            ["JobSentinel:Security:ApiRequestsPerMinute"] = "3",
        });
        using var api = factory.CreateApiClient();

        List<HttpStatusCode> statuses = [];
        for (var i = 0; i < 8; i++)
        {
            using var response = await api.GetAsync("/api/v1/jobs", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        var audit = await factory.Services.GetRequiredService<AuditLog>()
            .QueryAsync(new AuditQuery(AuditKinds.RateLimitExceeded), 1, 10, TestContext.Current.CancellationToken);
        var entry = Assert.Single(audit.Items);
        Assert.Equal("api key 'bootstrap'", entry.Actor);
        Assert.Contains("policy api", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_WritesAtMostOncePerClientAMinute_CountingTheRefusalsBetween()
    {
        using var directory = new TempDirectory();
        await using var core = await CoreServices.BuildInitializedAsync(directory.Path);
        var audit = core.GetRequiredService<AuditLog>();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var auditor = new RateLimitAuditor(audit, time);

        for (var i = 0; i < 5; i++)
        {
            await auditor.RecordAsync("api key 'a'", "api", "10.0.0.1", CancellationToken.None);
        }

        await auditor.RecordAsync("api key 'b'", "api", "10.0.0.2", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(61));
        await auditor.RecordAsync("api key 'a'", "api", "10.0.0.1", CancellationToken.None);

        var entries = (await audit.QueryAsync(new AuditQuery(AuditKinds.RateLimitExceeded), 1, 10, CancellationToken.None)).Items;
        Assert.Equal(3, entries.Count);
        Assert.Equal("api key 'a'", entries[0].Actor);
        Assert.StartsWith("policy api: 5 request(s) refused", entries[0].Detail, StringComparison.Ordinal);
        Assert.Equal("api key 'b'", entries[1].Actor);
        Assert.StartsWith("policy api: 1 request(s) refused", entries[2].Detail, StringComparison.Ordinal);
    }
}
