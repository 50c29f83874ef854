using System.Runtime.CompilerServices;

namespace JobSentinel.Core.Matching;

/// <summary>
/// Whether a posting's location names one of the user's places, as whole words and regardless of case or
/// diacritics ("Zurich" finds "Zürich, CH"; "York" does not find "New Yorker"), with common aliases
/// ("USA" = "United States" = "US", "UK" = "England", "Munich" = "München").
/// </summary>
public static class LocationMatch
{
    /// <summary>True when any of <paramref name="places"/> (cities or countries) occurs in the posting's locations.</summary>
    public static bool Matches(PostingFeatures posting, IReadOnlyList<string> places) => FirstMatch(posting, places) is not null;

    /// <summary>
    /// True when any of <paramref name="states"/> (US state names or postal codes) occurs in the posting's
    /// locations: by name anywhere ("Austin, Texas"), by code only right after a comma ("Austin, TX 78701"),
    /// so the codes "OR", "IN" and "ME" never match as words.
    /// </summary>
    public static bool MatchesState(PostingFeatures posting, IReadOnlyList<string> states) => FirstStateMatch(posting, states) is not null;

    /// <summary>The first of <paramref name="places"/> that matches, or null.</summary>
    internal static string? FirstMatch(PostingFeatures posting, IReadOnlyList<string> places)
    {
        // Asked for every posting and profile when rescoring: each list's alternatives are worked out once, and plain loops.
        var alternatives = PlaceAlternatives.GetValue(places, list => [.. list.Select(PlaceNames.Alternatives)]);
        var locations = posting.LocationTokens;
        for (var p = 0; p < alternatives.Length; p++)
        {
            foreach (var alternative in alternatives[p])
            {
                for (var l = 0; l < locations.Count; l++)
                {
                    if (TermTokens.ContainsPhrase(locations[l], alternative))
                    {
                        return places[p];
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first of <paramref name="states"/> that matches, or null.</summary>
    internal static string? FirstStateMatch(PostingFeatures posting, IReadOnlyList<string> states)
    {
        if (states.Count == 0)
        {
            return null;
        }

        var locations = Locations(posting).ToList();
        var locationTokens = posting.LocationTokens;
        foreach (var state in states)
        {
            var known = PlaceNames.State(state);
            if (known is null)
            {
                // Not a US state ("Bavaria", "Ontario"): match it by name like any place.
                if (FirstMatch(posting, [state]) is not null)
                {
                    return state;
                }

                continue;
            }

            var (code, name) = known.Value;
            if (locationTokens.Any(tokens => TermTokens.ContainsPhrase(tokens, name)) || locations.Any(location => HasCodeAfterComma(location, code)))
            {
                return state;
            }
        }

        return null;
    }

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, string[][][]> PlaceAlternatives = [];

    private static IEnumerable<string> Locations(PostingFeatures posting) =>
        posting.Location is null ? posting.Locations : posting.Locations.Prepend(posting.Location);

    // A comma-separated part that is the code, optionally followed by a ZIP code: "Austin, TX", "Austin, TX 78701, USA".
    private static bool HasCodeAfterComma(string location, string code)
    {
        var parts = location.Split(',');
        return parts.Skip(1).Any(part =>
        {
            var tokens = TermTokens.Tokenize(part);
            return tokens.Count > 0 && tokens[0] == code && tokens.Skip(1).All(token => token.All(char.IsAsciiDigit));
        });
    }
}
