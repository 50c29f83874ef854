using System.Text.Json;
using JobSentinel.Core.Security;

namespace JobSentinel.Core.Sources;

/// <summary>Stores a source's options as JSON with its secret values encrypted, and masks them for display.</summary>
public sealed class SourceOptionsCodec(ISecretProtector protector)
{
    /// <summary>What the API and UI show instead of a secret; sending it back keeps the stored secret.</summary>
    public const string Mask = "********";

    private const string ProtectedPrefix = "protected:";

    public string Encode(SourceType type, IReadOnlyDictionary<string, string>? options, string? previousJson)
    {
        var secrets = SourceCatalog.Get(type).SecretOptions;
        var previous = Read(previousJson);
        Dictionary<string, string> stored = [];
        foreach (var (rawKey, value) in options ?? new Dictionary<string, string>())
        {
            var key = rawKey?.Trim();
            if (string.IsNullOrEmpty(key) || value is null)
            {
                continue;
            }

            if (!secrets.Contains(key))
            {
                stored[key] = value.Trim();
            }
            else if (value == Mask && previous.TryGetValue(key, out var kept))
            {
                stored[key] = kept;
            }
            else if (value.Length > 0)
            {
                stored[key] = ProtectedPrefix + protector.Protect(value.Trim());
            }
        }

        return JsonSerializer.Serialize(stored);
    }

    /// <summary>The options with secrets decrypted, for fetching.</summary>
    public IReadOnlyDictionary<string, string> Decode(string? json) =>
        Read(json).ToDictionary(
            pair => pair.Key,
            pair => pair.Value.StartsWith(ProtectedPrefix, StringComparison.Ordinal)
                ? protector.Unprotect(pair.Value[ProtectedPrefix.Length..]) ?? ""
                : pair.Value);

    /// <summary>The options with secrets masked, for display.</summary>
    public static IReadOnlyDictionary<string, string> Masked(string? json) =>
        Read(json).ToDictionary(pair => pair.Key, pair => pair.Value.StartsWith(ProtectedPrefix, StringComparison.Ordinal) ? Mask : pair.Value);

    private static Dictionary<string, string> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
