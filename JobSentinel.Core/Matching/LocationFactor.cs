using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Matching;

/// <summary>
/// The location factor: a remote posting that the profile allows → 1; an allowed hybrid or onsite posting → 1
/// when the profile names no places or one matches, else 0.3; a workplace the profile does not allow → 0;
/// an unknown workplace → 0.8 when a place matches, else 0.5.
/// </summary>
internal static class LocationFactor
{
    public static FactorValue Evaluate(MatchProfile profile, PostingFeatures posting, bool explain = true)
    {
        var hasPlaces = profile.Cities.Count + profile.States.Count + profile.Countries.Count > 0;
        var place = hasPlaces ? MatchingPlace(profile, posting) : null;
        var workplace = explain ? posting.Workplace.ToString().ToLowerInvariant() : "";

        if (posting.Workplace == WorkplaceType.Unknown)
        {
            return place is null ? new FactorValue(0.5, "workplace not stated") : new FactorValue(0.8, explain ? $"location matches {place}" : null);
        }

        if (!IsAllowed(profile, posting.Workplace))
        {
            return new FactorValue(0, explain ? $"{workplace}, you want {Wanted(profile)}" : null);
        }

        if (posting.Workplace == WorkplaceType.Remote)
        {
            return new FactorValue(1, "remote");
        }

        if (!hasPlaces)
        {
            return new FactorValue(1, explain ? At(posting, workplace) : null);
        }

        return place is null
            ? new FactorValue(0.3, explain ? $"{At(posting, workplace)}, not in your places" : null)
            : new FactorValue(1, explain ? $"{workplace}, matches {place}" : null);
    }

    private static string At(PostingFeatures posting, string workplace)
    {
        var where = posting.Location ?? posting.Locations.FirstOrDefault();
        return string.IsNullOrWhiteSpace(where) ? workplace : $"{workplace} in {where}";
    }

    private static string? MatchingPlace(MatchProfile profile, PostingFeatures posting) =>
        LocationMatch.FirstMatch(posting, profile.Cities)
        ?? LocationMatch.FirstStateMatch(posting, profile.States)
        ?? LocationMatch.FirstMatch(posting, profile.Countries);

    private static bool IsAllowed(MatchProfile profile, WorkplaceType workplace) => workplace switch
    {
        WorkplaceType.Remote => profile.AllowRemote,
        WorkplaceType.Hybrid => profile.AllowHybrid,
        WorkplaceType.Onsite => profile.AllowOnsite,
        _ => true,
    };

    private static string Wanted(MatchProfile profile)
    {
        string[] wanted = [.. new[] { WorkplaceType.Remote, WorkplaceType.Hybrid, WorkplaceType.Onsite }
            .Where(workplace => IsAllowed(profile, workplace))
            .Select(workplace => workplace.ToString().ToLowerInvariant())];
        return wanted.Length == 0 ? "none" : string.Join(" or ", wanted);
    }
}
