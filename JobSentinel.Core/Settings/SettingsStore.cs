using System.Text.Json;
using JobSentinel.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Settings;

/// <summary>Reads and writes user settings kept in the database as JSON values.</summary>
public sealed class SettingsStore(IDbContextFactory<JobSentinelDbContext> contextFactory, TimeProvider timeProvider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T?> GetAsync<T>(string key, T? fallback, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var value = await context.Settings.AsNoTracking()
            .Where(s => s.Key == key)
            .Select(s => s.Value)
            .SingleOrDefaultAsync(cancellationToken);
        if (value is null)
        {
            return fallback;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(value, Json);
        }
        catch (JsonException)
        {
            return fallback;
        }
    }

    public async Task SetAsync<T>(string key, T value, CancellationToken cancellationToken = default)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = JsonSerializer.Serialize(value, Json);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var setting = await context.Settings.SingleOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (setting is null)
        {
            context.Settings.Add(new Setting { Key = key, Value = json, UpdatedAt = now });
        }
        else
        {
            setting.Value = json;
            setting.UpdatedAt = now;
        }

        await context.SaveChangesAsync(cancellationToken);
    }
}
