using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Security;

/// <summary>Who a valid key belongs to.</summary>
public sealed record ApiKeyIdentity(int Id, string Name);

/// <summary>A new key: the plain text is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string PlainText);

/// <summary>Creates, lists, revokes and validates API keys (stored as SHA-256 hashes).</summary>
public sealed class ApiKeyService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    IOptions<SecurityOptions> options,
    AuditLog auditLog,
    TimeProvider timeProvider)
{
    public const string BootstrapKeyName = "bootstrap";
    private const int MaxNameLength = 100;
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (ApiKeyIdentity Identity, DateTime CachedAt)> _validKeys = new();
    private readonly ConcurrentDictionary<int, DateTime> _lastUsedWritten = new();

    /// <summary>The problem with a key name, or null when it is acceptable.</summary>
    public static string? ValidateName(string? name) => name?.Trim() switch
    {
        null or "" => "A name is required.",
        { Length: > MaxNameLength } => $"The name must be at most {MaxNameLength} characters.",
        _ => null,
    };

    public async Task<CreatedApiKey> CreateAsync(string name, string? actor, CancellationToken cancellationToken)
    {
        if (ValidateName(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        var plainText = "jsk_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var key = await StoreAsync(name.Trim(), plainText, cancellationToken);
        await auditLog.WriteAsync(AuditKinds.ApiKeyCreated, actor, null, $"key {key.Id} '{key.Name}'", cancellationToken);
        return new CreatedApiKey(key, plainText);
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes a key; false when no active key has that id.</summary>
    public async Task<bool> RevokeAsync(int id, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return false;
        }

        key.RevokedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        Forget(key.KeyHash);
        await auditLog.WriteAsync(AuditKinds.ApiKeyRevoked, actor, null, $"key {key.Id} '{key.Name}'", cancellationToken);
        return true;
    }

    /// <summary>Revokes every active key at once; returns how many.</summary>
    public async Task<int> RevokeAllAsync(string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var count = await context.ApiKeys.Where(k => k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, now), cancellationToken);
        _validKeys.Clear();
        await auditLog.WriteAsync(AuditKinds.ApiKeyRevoked, actor, null, $"all keys ({count})", cancellationToken);
        return count;
    }

    /// <summary>The owner of <paramref name="presentedKey"/> when it is a known, active key.</summary>
    public async Task<ApiKeyIdentity?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(presentedKey) || presentedKey.Length > 512)
        {
            return null;
        }

        var hash = Hash(presentedKey);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (_validKeys.TryGetValue(hash, out var cached) && now - cached.CachedAt < CacheLifetime)
        {
            await TouchAsync(cached.Identity.Id, now, cancellationToken);
            return cached.Identity;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await context.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.Name))
            .SingleOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            _validKeys.TryRemove(hash, out _);
            return null;
        }

        _validKeys[hash] = (key, now);
        await TouchAsync(key.Id, now, cancellationToken);
        return key;
    }

    /// <summary>Makes sure the key from <c>JobSentinel:Security:BootstrapApiKey</c> exists and is active.</summary>
    public async Task EnsureBootstrapKeyAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BootstrapApiKey is not { Length: > 0 } plainText)
        {
            return;
        }

        var hash = Hash(plainText);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var existing = await context.ApiKeys.SingleOrDefaultAsync(k => k.KeyHash == hash, cancellationToken);
        if (existing is null)
        {
            var key = await StoreAsync(BootstrapKeyName, plainText, cancellationToken);
            await auditLog.WriteAsync(AuditKinds.ApiKeyCreated, "configuration", null, $"key {key.Id} '{key.Name}'", cancellationToken);
        }
        else if (existing.RevokedAt is not null)
        {
            // Configuration is the operator's explicit wish: a configured key is active after startup.
            existing.RevokedAt = null;
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task<ApiKey> StoreAsync(string name, string plainText, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = new ApiKey
        {
            Name = name,
            Prefix = plainText[..Math.Min(8, Math.Max(1, plainText.Length / 3))],
            KeyHash = Hash(plainText),
            CreatedAt = timeProvider.GetUtcNow().UtcDateTime,
        };
        context.ApiKeys.Add(key);
        await context.SaveChangesAsync(cancellationToken);
        return key;
    }

    // Writing the last use on every request would turn each read into a write: once a minute is enough.
    private async Task TouchAsync(int id, DateTime now, CancellationToken cancellationToken)
    {
        if (_lastUsedWritten.TryGetValue(id, out var written) && now - written < LastUsedResolution)
        {
            return;
        }

        _lastUsedWritten[id] = now;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await context.ApiKeys.Where(k => k.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), cancellationToken);
    }

    private void Forget(string hash) => _validKeys.TryRemove(hash, out _);
}
