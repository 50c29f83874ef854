using System.Text.Json;
using JobSentinel.Core.Data;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace JobSentinel.Core.Profiles;

/// <summary>Search profiles: the default one is created on first use; every change rescores the stored postings in the background.</summary>
public sealed class ProfileService(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    RescoreWorker rescoring,
    AuditLog auditLog,
    TimeProvider timeProvider)
{
    public const string DefaultName = "Default";

    public async Task<IReadOnlyList<ProfileView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        return [.. (await context.Profiles.AsNoTracking().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToListAsync(cancellationToken)).Select(View)];
    }

    public async Task<ProfileView?> GetAsync(int? id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        var profile = await context.Profiles.AsNoTracking().SingleOrDefaultAsync(p => id == null ? p.IsDefault : p.Id == id, cancellationToken);
        return profile is null ? null : View(profile);
    }

    /// <summary>Every profile as the scorer reads it, the default first.</summary>
    public async Task<IReadOnlyList<MatchProfile>> MatchProfilesAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        return [.. (await context.Profiles.AsNoTracking().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Id).ToListAsync(cancellationToken)).Select(ToMatchProfile)];
    }

    public async Task<SaveResult<ProfileView>> CreateAsync(ProfileDraft draft, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var profile = new SearchProfile { Name = "", CreatedAt = now, UpdatedAt = now };
        Apply(profile, draft);
        var errors = ProfileValidator.Validate(profile);
        await CheckNameAsync(context, profile, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return SaveResult<ProfileView>.Invalid(errors);
        }

        context.Profiles.Add(profile);
        await MakeDefaultAsync(context, profile, draft.IsDefault == true, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.ProfileChanged, actor, null, $"profile {profile.Id} '{profile.Name}' created", cancellationToken);
        rescoring.Request($"profile '{profile.Name}' created");
        return SaveResult<ProfileView>.Saved(View(profile));
    }

    /// <summary>PUT semantics: fields left out keep their value. <paramref name="id"/> null is the default profile.</summary>
    public async Task<SaveResult<ProfileView>> UpdateAsync(int? id, ProfileDraft changes, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await EnsureDefaultAsync(context, timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
        var profile = await context.Profiles.SingleOrDefaultAsync(p => id == null ? p.IsDefault : p.Id == id, cancellationToken);
        if (profile is null)
        {
            return SaveResult<ProfileView>.Missing;
        }

        Apply(profile, changes);
        var errors = ProfileValidator.Validate(profile);
        await CheckNameAsync(context, profile, errors, cancellationToken);
        if (changes.IsDefault == false && profile.IsDefault)
        {
            errors["isDefault"] = ["Make another profile the default instead."];
        }

        if (errors.Count > 0)
        {
            return SaveResult<ProfileView>.Invalid(errors);
        }

        profile.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await MakeDefaultAsync(context, profile, changes.IsDefault == true, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.ProfileChanged, actor, null, $"profile {profile.Id} '{profile.Name}' updated", cancellationToken);
        rescoring.Request($"profile '{profile.Name}' changed");
        return SaveResult<ProfileView>.Saved(View(profile));
    }

    /// <summary>Deletes a profile; the default one cannot be deleted (an error, not found = false).</summary>
    public async Task<(bool Found, string? Error)> DeleteAsync(int id, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await context.Profiles.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (profile is null)
        {
            return (false, null);
        }

        if (profile.IsDefault)
        {
            return (true, "The default profile cannot be deleted: make another profile the default first.");
        }

        context.Profiles.Remove(profile);
        await context.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.ProfileChanged, actor, null, $"profile {id} '{profile.Name}' deleted", cancellationToken);
        rescoring.Request($"profile '{profile.Name}' deleted");
        return (true, null);
    }

    /// <summary>Forgets what thumbs up/down taught the profile.</summary>
    public async Task<ProfileView?> ResetLearningAsync(int id, string? actor, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var profile = await context.Profiles.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        profile.LearnedWeightsJson = "{}";
        profile.UpdatedAt = timeProvider.GetUtcNow().UtcDateTime;
        await context.SaveChangesAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.ProfileChanged, actor, null, $"profile {id} '{profile.Name}': learned weights reset", cancellationToken);
        rescoring.Request($"profile '{profile.Name}' forgot its feedback");
        return View(profile);
    }

    /// <summary>Thumbs up/down on a posting: every profile's weights for the terms it matched move (bounded), then everything is rescored.</summary>
    public async Task LearnAsync(IReadOnlyDictionary<int, IReadOnlyList<string>> matchedTermsByProfile, bool thumbsUp, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var ids = matchedTermsByProfile.Where(p => p.Value.Count > 0).Select(p => p.Key).ToList();
        var profiles = await context.Profiles.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var profile in profiles)
        {
            var learned = FeedbackLearning.Apply(LearnedWeights(profile), matchedTermsByProfile[profile.Id], thumbsUp);
            profile.LearnedWeightsJson = JsonSerializer.Serialize(learned);
        }

        if (profiles.Count > 0)
        {
            await context.SaveChangesAsync(cancellationToken);
            rescoring.Request(thumbsUp ? "thumbs up" : "thumbs down");
        }
    }

    internal static async Task EnsureDefaultAsync(JobSentinelDbContext context, DateTime now, CancellationToken cancellationToken)
    {
        if (await context.Profiles.AnyAsync(p => p.IsDefault, cancellationToken))
        {
            return;
        }

        var first = await context.Profiles.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (first is not null)
        {
            first.IsDefault = true;
        }
        else
        {
            context.Profiles.Add(new SearchProfile { Name = DefaultName, IsDefault = true, CreatedAt = now, UpdatedAt = now });
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created it at the same moment (unique name): theirs stands.
            context.ChangeTracker.Clear();
        }
    }

    private static async Task MakeDefaultAsync(JobSentinelDbContext context, SearchProfile profile, bool makeDefault, CancellationToken cancellationToken)
    {
        if (!makeDefault)
        {
            return;
        }

        foreach (var other in await context.Profiles.Where(p => p.IsDefault && p.Id != profile.Id).ToListAsync(cancellationToken))
        {
            other.IsDefault = false;
        }

        profile.IsDefault = true;
    }

    private static async Task CheckNameAsync(JobSentinelDbContext context, SearchProfile profile, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (!errors.ContainsKey("name")
            && await context.Profiles.AnyAsync(p => p.Id != profile.Id && p.Name.ToLower() == profile.Name.ToLower(), cancellationToken))
        {
            errors["name"] = [$"A profile named '{profile.Name}' exists already."];
        }
    }

    private static void Apply(SearchProfile profile, ProfileDraft draft)
    {
        profile.Name = draft.Name?.Trim() ?? profile.Name;
        profile.TitleAllowlist = Clean(draft.TitleAllowlist) ?? profile.TitleAllowlist;
        profile.TitleBlocklist = Clean(draft.TitleBlocklist) ?? profile.TitleBlocklist;
        profile.KeywordsBoost = Clean(draft.KeywordsBoost) ?? profile.KeywordsBoost;
        profile.KeywordsExclude = Clean(draft.KeywordsExclude) ?? profile.KeywordsExclude;
        profile.AllowRemote = draft.AllowRemote ?? profile.AllowRemote;
        profile.AllowHybrid = draft.AllowHybrid ?? profile.AllowHybrid;
        profile.AllowOnsite = draft.AllowOnsite ?? profile.AllowOnsite;
        profile.Cities = Clean(draft.Cities) ?? profile.Cities;
        profile.States = Clean(draft.States) ?? profile.States;
        profile.Countries = Clean(draft.Countries) ?? profile.Countries;
        profile.SalaryFloor = draft.SalaryFloor is { } floor ? (floor == 0 ? null : floor) : profile.SalaryFloor;
        profile.SalaryTarget = draft.SalaryTarget is { } target ? (target == 0 ? null : target) : profile.SalaryTarget;
        profile.Currency = draft.Currency?.Trim().ToUpperInvariant() ?? profile.Currency;
        profile.PreferredCompanies = Clean(draft.PreferredCompanies) ?? profile.PreferredCompanies;
        profile.BlockedCompanies = Clean(draft.BlockedCompanies) ?? profile.BlockedCompanies;
        profile.RecencyFullDays = draft.RecencyFullDays ?? profile.RecencyFullDays;
        profile.RecencyZeroDays = draft.RecencyZeroDays ?? profile.RecencyZeroDays;
        profile.ImmediateAlertThreshold = draft.ImmediateAlertThreshold ?? profile.ImmediateAlertThreshold;
        profile.DigestMinScore = draft.DigestMinScore ?? profile.DigestMinScore;
        if (draft.Weights is { } weights)
        {
            profile.WeightSkills = weights.Skills ?? profile.WeightSkills;
            profile.WeightSalary = weights.Salary ?? profile.WeightSalary;
            profile.WeightLocation = weights.Location ?? profile.WeightLocation;
            profile.WeightCompany = weights.Company ?? profile.WeightCompany;
            profile.WeightRecency = weights.Recency ?? profile.WeightRecency;
        }
    }

    // Entries are trimmed and de-duplicated (case-insensitively); empty ones are left for the validator to report.
    private static List<string>? Clean(List<string>? items) =>
        items?.Select(item => item?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IReadOnlyDictionary<string, double> LearnedWeights(SearchProfile profile) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(profile.LearnedWeightsJson) ?? [];

    internal static ProfileView View(SearchProfile p) => new(
        p.Id, p.Name, p.IsDefault, p.TitleAllowlist, p.TitleBlocklist, p.KeywordsBoost, p.KeywordsExclude, p.AllowRemote, p.AllowHybrid, p.AllowOnsite,
        p.Cities, p.States, p.Countries, p.SalaryFloor, p.SalaryTarget, p.Currency, p.PreferredCompanies, p.BlockedCompanies,
        p.RecencyFullDays, p.RecencyZeroDays, p.ImmediateAlertThreshold, p.DigestMinScore,
        new ProfileWeights(p.WeightSkills, p.WeightSalary, p.WeightLocation, p.WeightCompany, p.WeightRecency), LearnedWeights(p), p.UpdatedAt);

    internal static MatchProfile ToMatchProfile(SearchProfile p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        TitleAllowlist = p.TitleAllowlist,
        TitleBlocklist = p.TitleBlocklist,
        KeywordsBoost = p.KeywordsBoost,
        KeywordsExclude = p.KeywordsExclude,
        AllowRemote = p.AllowRemote,
        AllowHybrid = p.AllowHybrid,
        AllowOnsite = p.AllowOnsite,
        Cities = p.Cities,
        States = p.States,
        Countries = p.Countries,
        SalaryFloor = p.SalaryFloor,
        SalaryTarget = p.SalaryTarget,
        Currency = p.Currency,
        PreferredCompanies = p.PreferredCompanies,
        BlockedCompanies = p.BlockedCompanies,
        RecencyFullDays = p.RecencyFullDays,
        RecencyZeroDays = p.RecencyZeroDays,
        Weights = new ProfileWeights(p.WeightSkills, p.WeightSalary, p.WeightLocation, p.WeightCompany, p.WeightRecency),
        LearnedWeights = LearnedWeights(p),
    };
}
