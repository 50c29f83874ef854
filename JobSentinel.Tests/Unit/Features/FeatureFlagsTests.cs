using JobSentinel.Core.Features;
using JobSentinel.Core.Security;
using JobSentinel.Tests.Builders;
using JobSentinel.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace JobSentinel.Tests.Unit.Features;

public sealed class FeatureFlagsTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private ServiceProvider _services = null!;

    private FeatureFlags Flags => _services.GetRequiredService<FeatureFlags>();

    public async ValueTask InitializeAsync() => _services = await CoreServices.BuildInitializedAsync(_directory.Path);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Defaults_EveryFlagListed_DiscoveryOff_NothingPaused()
    {
        var view = await Flags.GetAsync();

        Assert.Equal(FeatureNames.Flags.Select(f => f.Name), view.Flags.Select(f => f.Name));
        Assert.True(await Flags.IsEnabledAsync(FeatureNames.Llm));
        Assert.False(await Flags.IsEnabledAsync(FeatureNames.ContactDiscovery));
        Assert.All(view.KillSwitches, k => Assert.False(k.Paused));
    }

    [Fact]
    public async Task Set_ChangesAreStored_ReadByAFreshInstance_AndAudited()
    {
        var errors = await Flags.SetAsync(
            new Dictionary<string, (bool?, int?)> { [FeatureNames.Llm] = (false, null) },
            new Dictionary<string, bool> { [KillSwitches.Scraping] = true }, "admin", "127.0.0.1");

        Assert.Empty(errors);
        var fresh = ActivatorUtilities.CreateInstance<FeatureFlags>(_services);
        Assert.False(await fresh.IsEnabledAsync(FeatureNames.Llm));
        Assert.True(await fresh.IsPausedAsync(KillSwitches.Scraping));
        Assert.False(await fresh.IsPausedAsync(KillSwitches.Alerts));
        var audit = await _services.GetRequiredService<AuditLog>().QueryAsync(AuditKinds.FeatureFlagChanged, null, 1, 10);
        Assert.Equal(2, audit.Total);
        Assert.Contains(audit.Items, e => e.Detail == "flag llm: on (100 %) → off");
        Assert.Contains(audit.Items, e => e.Detail == "kill switch scraping: paused");
    }

    [Fact]
    public async Task Set_UnknownNamesOrBadPercentage_ChangesNothing()
    {
        var errors = await Flags.SetAsync(
            new Dictionary<string, (bool?, int?)> { ["nope"] = (true, null), [FeatureNames.Digest] = (false, 101) },
            new Dictionary<string, bool> { ["everything"] = true }, "admin", null);

        Assert.Equal(["flags.nope", "flags.digest.percentage", "killSwitches.everything"], errors.Keys);
        Assert.True(await Flags.IsEnabledAsync(FeatureNames.Digest));
        Assert.Equal(0, (await _services.GetRequiredService<AuditLog>().QueryAsync(AuditKinds.FeatureFlagChanged, null, 1, 10)).Total);
    }

    [Fact]
    public async Task Percentage_IsStablePerSubject_AndRoughlyProportional()
    {
        await Flags.SetAsync(new Dictionary<string, (bool?, int?)> { [FeatureNames.Llm] = (true, 30) }, null, "admin", null);

        var subjects = Enumerable.Range(0, 2000).Select(i => $"run:{i}").ToList();
        var on = new List<bool>();
        foreach (var subject in subjects)
        {
            on.Add(await Flags.IsEnabledAsync(FeatureNames.Llm, subject));
        }

        Assert.InRange(on.Count(x => x), 500, 700);
        Assert.Equal(on[17], await Flags.IsEnabledAsync(FeatureNames.Llm, subjects[17]));
        Assert.False(await Flags.IsEnabledAsync(FeatureNames.Llm)); // no subject: only 100 % counts
    }

    [Fact]
    public async Task UnknownName_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Flags.IsEnabledAsync("nope"));
        await Assert.ThrowsAsync<ArgumentException>(() => Flags.IsPausedAsync("nope"));
    }
}
