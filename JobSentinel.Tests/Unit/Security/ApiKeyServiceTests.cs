using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JobSentinel.Tests.Unit.Security;

public sealed class ApiKeyServiceTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero));
    private ServiceProvider _services = null!;

    private ApiKeyService Keys => _services.GetRequiredService<ApiKeyService>();

    public async ValueTask InitializeAsync() =>
        _services = await CoreServices.BuildInitializedAsync(_directory.Path,
            new Dictionary<string, string?> { ["JobSentinel:Security:BootstrapApiKey"] = "bootstrap-key-value" },
            services => services.AddSingleton<TimeProvider>(_time));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Create_ThenValidate_ReturnsTheOwner()
    {
        var created = await Keys.CreateAsync("ci", "tester", CancellationToken.None);

        var identity = await Keys.ValidateAsync(created.PlainText, CancellationToken.None);

        Assert.Equal(new ApiKeyIdentity(created.Key.Id, "ci"), identity);
        Assert.StartsWith("jsk_", created.PlainText, StringComparison.Ordinal);
        Assert.StartsWith(created.Key.Prefix, created.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_StoresOnlyTheHash()
    {
        var created = await Keys.CreateAsync("ci", "tester", CancellationToken.None);

        var stored = (await Keys.ListAsync(CancellationToken.None)).Single(k => k.Id == created.Key.Id);
        Assert.NotEqual(created.PlainText, stored.KeyHash);
        Assert.Equal(64, stored.KeyHash.Length);
        var file = await File.ReadAllBytesAsync(_directory.Combine("jobsentinel.db"));
        var wal = File.Exists(_directory.Combine("jobsentinel.db-wal")) ? await File.ReadAllBytesAsync(_directory.Combine("jobsentinel.db-wal")) : [];
        Assert.Equal(-1, IndexOf([.. file, .. wal], System.Text.Encoding.UTF8.GetBytes(created.PlainText)));
    }

    [Fact]
    public async Task Validate_UnknownOrEmptyKey_ReturnsNull()
    {
        Assert.Null(await Keys.ValidateAsync("jsk_not-a-key", CancellationToken.None));
        Assert.Null(await Keys.ValidateAsync("", CancellationToken.None));
        Assert.Null(await Keys.ValidateAsync(null, CancellationToken.None));
        Assert.Null(await Keys.ValidateAsync(new string('x', 5000), CancellationToken.None));
    }

    [Fact]
    public async Task Revoke_ValidatedKey_IsRejectedImmediately()
    {
        var created = await Keys.CreateAsync("ci", "tester", CancellationToken.None);
        Assert.NotNull(await Keys.ValidateAsync(created.PlainText, CancellationToken.None)); // now cached

        Assert.True(await Keys.RevokeAsync(created.Key.Id, "tester", CancellationToken.None));

        Assert.Null(await Keys.ValidateAsync(created.PlainText, CancellationToken.None));
        Assert.False(await Keys.RevokeAsync(created.Key.Id, "tester", CancellationToken.None));
    }

    [Fact]
    public async Task Validate_RecordsLastUseAtMostOncePerMinute()
    {
        var created = await Keys.CreateAsync("ci", "tester", CancellationToken.None);
        await Keys.ValidateAsync(created.PlainText, CancellationToken.None);
        var firstUse = _time.GetUtcNow().UtcDateTime;

        _time.Advance(TimeSpan.FromSeconds(20));
        await Keys.ValidateAsync(created.PlainText, CancellationToken.None);
        Assert.Equal(firstUse, (await Keys.ListAsync(CancellationToken.None)).Single(k => k.Id == created.Key.Id).LastUsedAt);

        _time.Advance(TimeSpan.FromMinutes(2));
        await Keys.ValidateAsync(created.PlainText, CancellationToken.None);
        Assert.Equal(_time.GetUtcNow().UtcDateTime, (await Keys.ListAsync(CancellationToken.None)).Single(k => k.Id == created.Key.Id).LastUsedAt);
    }

    [Fact]
    public async Task EnsureBootstrapKey_CreatesOnceAndReactivatesARevokedOne()
    {
        await Keys.EnsureBootstrapKeyAsync(CancellationToken.None);
        await Keys.EnsureBootstrapKeyAsync(CancellationToken.None);
        var bootstrap = Assert.Single(await Keys.ListAsync(CancellationToken.None), k => k.Name == ApiKeyService.BootstrapKeyName);
        Assert.NotNull(await Keys.ValidateAsync("bootstrap-key-value", CancellationToken.None));

        await Keys.RevokeAsync(bootstrap.Id, "tester", CancellationToken.None);
        await Keys.EnsureBootstrapKeyAsync(CancellationToken.None);

        Assert.NotNull(await Keys.ValidateAsync("bootstrap-key-value", CancellationToken.None));
    }

    [Fact]
    public async Task RevokeAll_RejectsEveryKey()
    {
        var first = await Keys.CreateAsync("one", "tester", CancellationToken.None);
        var second = await Keys.CreateAsync("two", "tester", CancellationToken.None);
        await Keys.ValidateAsync(first.PlainText, CancellationToken.None);

        Assert.Equal(2, await Keys.RevokeAllAsync("tester", CancellationToken.None));

        Assert.Null(await Keys.ValidateAsync(first.PlainText, CancellationToken.None));
        Assert.Null(await Keys.ValidateAsync(second.PlainText, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_BlankName_IsRefused(string? name) =>
        await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(name!, "tester", CancellationToken.None));

    [Fact]
    public async Task CreateAndRevoke_AreAudited()
    {
        var created = await Keys.CreateAsync("audited", "tester", CancellationToken.None);
        await Keys.RevokeAsync(created.Key.Id, "tester", CancellationToken.None);

        var events = await _services.GetRequiredService<AuditLog>().QueryAsync(null, null, 1, 50, CancellationToken.None);
        Assert.Contains(events.Items, e => e.Kind == AuditKinds.ApiKeyCreated && e.Detail!.Contains("audited", StringComparison.Ordinal));
        Assert.Contains(events.Items, e => e.Kind == AuditKinds.ApiKeyRevoked && e.Actor == "tester");
    }

    private static int IndexOf(byte[] haystack, byte[] needle) =>
        haystack.AsSpan().IndexOf(needle);
}
