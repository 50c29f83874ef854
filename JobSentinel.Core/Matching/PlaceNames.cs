using System.Collections.Frozen;

namespace JobSentinel.Core.Matching;

/// <summary>
/// Names people give the same place ("USA" = "United States", "Köln" = "Cologne") and the US states with
/// their postal codes. Names are compared by their <see cref="TermTokens"/>.
/// </summary>
internal static class PlaceNames
{
    private static readonly string[][] AliasGroups =
    [
        ["united states", "usa", "us", "u.s.", "u.s.a.", "united states of america"],
        ["united kingdom", "uk", "u.k.", "great britain", "britain", "england"],
        ["germany", "deutschland"],
        ["netherlands", "the netherlands", "holland"],
        ["switzerland", "schweiz", "suisse"],
        ["austria", "österreich"],
        ["spain", "españa"],
        ["czechia", "czech republic"],
        ["united arab emirates", "uae"],
        ["new york", "new york city", "nyc"],
        ["san francisco", "sf bay area", "bay area"],
        ["munich", "münchen"],
        ["cologne", "köln"],
        ["vienna", "wien"],
        ["prague", "praha"],
        ["bangalore", "bengaluru"],
        ["gurgaon", "gurugram"],
    ];

    private static readonly (string Code, string Name)[] States =
    [
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
        ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("FL", "Florida"), ("GA", "Georgia"),
        ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"),
        ("KS", "Kansas"), ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
        ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"), ("MO", "Missouri"),
        ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"), ("NJ", "New Jersey"),
        ("NM", "New Mexico"), ("NY", "New York"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"),
        ("OK", "Oklahoma"), ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
        ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
        ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
        ("DC", "District of Columbia"),
    ];

    private static readonly FrozenDictionary<string, string[][]> Aliases = AliasGroups
        .SelectMany(group => group.Select(name => (Key: Key(name), Group: group.Select(Tokens).ToArray())))
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Group, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Code, string Name)> StateByKey = States
        .SelectMany(state => new[] { (Key: Key(state.Code), State: state), (Key: Key(state.Name), State: state) })
        .ToFrozenDictionary(entry => entry.Key, entry => entry.State, StringComparer.Ordinal);

    /// <summary>The token sequences that name <paramref name="place"/>: its aliases, or just itself.</summary>
    public static string[][] Alternatives(string place)
    {
        var tokens = Tokens(place);
        if (tokens.Length == 0)
        {
            return [];
        }

        return Aliases.TryGetValue(string.Join(' ', tokens), out var group) ? group : [tokens];
    }

    /// <summary>The US state named or coded by <paramref name="state"/> as lower-case tokens ("tx", ["texas"]), or null for another region.</summary>
    public static (string Code, string[] Name)? State(string state) =>
        StateByKey.TryGetValue(Key(state), out var found) ? (Key(found.Code), Tokens(found.Name)) : null;

    private static string[] Tokens(string name) => [.. TermTokens.Tokenize(name)];

    private static string Key(string name) => string.Join(' ', TermTokens.Tokenize(name));
}
