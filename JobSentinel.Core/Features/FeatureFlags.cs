using System.IO.Hashing;
using System.Text;
using JobSentinel.Core.Security;
using JobSentinel.Core.Settings;

namespace JobSentinel.Core.Features;

/// <summary>A flag's state: on/off and the percentage of subjects (e.g. runs, contacts) it applies to when on.</summary>
public sealed record FeatureFlagState(string Name, string Description, bool Enabled, int Percentage);

/// <summary>A kill switch's state: paused means that kind of work stops at once.</summary>
public sealed record KillSwitchState(string Name, string Description, bool Paused);

public sealed record FeatureFlagsView(IReadOnlyList<FeatureFlagState> Flags, IReadOnlyList<KillSwitchState> KillSwitches);

/// <summary>
/// The one place flags and kill switches are read and changed. Stored in the settings table, read from memory
/// (refreshed every few seconds, so that other nodes sharing the database follow), every change audited.
/// </summary>
public sealed class FeatureFlags(SettingsStore settings, AuditLog audit, TimeProvider timeProvider)
{
    private const string SettingKey = "features";
    private static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (DateTimeOffset At, Stored Value)? _cache;

    /// <summary>Raised after a change made through this instance.</summary>
    public event Action? Changed;

    /// <summary>
    /// Whether the flag is on for <paramref name="subject"/>: with a percentage below 100, a stable hash of the subject
    /// decides (the same subject always gets the same answer); without a subject only 100 % counts as on.
    /// </summary>
    public async Task<bool> IsEnabledAsync(string name, string? subject = null, CancellationToken cancellationToken = default)
    {
        var flag = (await GetAsync(cancellationToken)).Flags.FirstOrDefault(f => f.Name == name)
            ?? throw new ArgumentException($"There is no feature flag '{name}'.", nameof(name));
        if (!flag.Enabled || flag.Percentage <= 0)
        {
            return false;
        }

        if (flag.Percentage >= 100)
        {
            return true;
        }

        return subject is not null && Bucket(name, subject) < flag.Percentage;
    }

    public async Task<bool> IsPausedAsync(string killSwitch, CancellationToken cancellationToken = default) =>
        ((await GetAsync(cancellationToken)).KillSwitches.FirstOrDefault(k => k.Name == killSwitch)
            ?? throw new ArgumentException($"There is no kill switch '{killSwitch}'.", nameof(killSwitch))).Paused;

    public async Task<FeatureFlagsView> GetAsync(CancellationToken cancellationToken = default) =>
        View(await LoadAsync(cancellationToken));

    private static FeatureFlagsView View(Stored stored) =>
        new(
            [.. FeatureNames.Flags.Select(f => stored.Flags.TryGetValue(f.Name, out var s)
                ? new FeatureFlagState(f.Name, f.Description, s.Enabled, s.Percentage)
                : new FeatureFlagState(f.Name, f.Description, f.DefaultEnabled, 100))],
            [.. KillSwitches.All.Select(k => new KillSwitchState(k.Name, k.Description, stored.Paused.Contains(k.Name)))]);

    /// <summary>
    /// Applies the given changes (names not mentioned keep their state) and audits each one. Returns field errors
    /// (unknown names, percentages outside 0–100) and changes nothing when there are any.
    /// </summary>
    public async Task<Dictionary<string, string[]>> SetAsync(
        IReadOnlyDictionary<string, (bool? Enabled, int? Percentage)>? flags,
        IReadOnlyDictionary<string, bool>? killSwitches,
        string? actor, string? remoteIp, CancellationToken cancellationToken = default)
    {
        Dictionary<string, string[]> errors = [];
        foreach (var (name, change) in flags ?? new Dictionary<string, (bool?, int?)>())
        {
            if (FeatureNames.Flags.All(f => f.Name != name))
            {
                errors[$"flags.{name}"] = [$"There is no feature flag '{name}'. Flags: {string.Join(", ", FeatureNames.Flags.Select(f => f.Name))}."];
            }
            else if (change.Percentage is < 0 or > 100)
            {
                errors[$"flags.{name}.percentage"] = ["Percentage must be between 0 and 100."];
            }
        }

        foreach (var name in (killSwitches ?? new Dictionary<string, bool>()).Keys.Where(n => KillSwitches.All.All(k => k.Name != n)))
        {
            errors[$"killSwitches.{name}"] = [$"There is no kill switch '{name}'. Kill switches: {string.Join(", ", KillSwitches.All.Select(k => k.Name))}."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        List<string> changes = [];
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var current = await settings.GetAsync<Stored>(SettingKey, null, cancellationToken) ?? new Stored();
            var view = View(current);
            foreach (var (name, change) in flags ?? new Dictionary<string, (bool?, int?)>())
            {
                var before = view.Flags.Single(f => f.Name == name);
                var after = new StoredFlag(change.Enabled ?? before.Enabled, change.Percentage ?? before.Percentage);
                if (after.Enabled != before.Enabled || after.Percentage != before.Percentage)
                {
                    current.Flags[name] = after;
                    changes.Add($"flag {name}: {Describe(before.Enabled, before.Percentage)} → {Describe(after.Enabled, after.Percentage)}");
                }
            }

            foreach (var (name, paused) in killSwitches ?? new Dictionary<string, bool>())
            {
                if (current.Paused.Contains(name) != paused)
                {
                    if (paused)
                    {
                        current.Paused.Add(name);
                    }
                    else
                    {
                        current.Paused.Remove(name);
                    }

                    changes.Add($"kill switch {name}: {(paused ? "paused" : "resumed")}");
                }
            }

            if (changes.Count > 0)
            {
                await settings.SetAsync(SettingKey, current, cancellationToken);
                _cache = (timeProvider.GetUtcNow(), current);
            }
        }
        finally
        {
            _gate.Release();
        }

        foreach (var change in changes)
        {
            await audit.WriteAsync(AuditKinds.FeatureFlagChanged, actor, remoteIp, change, cancellationToken);
        }

        if (changes.Count > 0)
        {
            Changed?.Invoke();
        }

        return errors;
    }

    private async Task<Stored> LoadAsync(CancellationToken cancellationToken)
    {
        if (_cache is { } hit && timeProvider.GetUtcNow() - hit.At < RefreshAfter)
        {
            return hit.Value;
        }

        var stored = await settings.GetAsync<Stored>(SettingKey, null, cancellationToken) ?? new Stored();
        _cache = (timeProvider.GetUtcNow(), stored);
        return stored;
    }

    private static string Describe(bool enabled, int percentage) => enabled ? $"on ({percentage} %)" : "off";

    /// <summary>0–99, stable for a (flag, subject) pair across processes.</summary>
    private static int Bucket(string name, string subject) =>
        (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(name + ":" + subject)) % 100);

    private sealed record StoredFlag(bool Enabled, int Percentage);

    private sealed class Stored
    {
        public Dictionary<string, StoredFlag> Flags { get; set; } = [];

        public HashSet<string> Paused { get; set; } = [];
    }
}
