using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>Locations as boards write them: several in one string, and remote/hybrid/onsite hidden in words.</summary>
public static partial class LocationParser
{
    private const int RegexTimeoutMs = 250;

    // What boards write instead of a location ("TBD", "N/A", "Various"): no place at all.
    private static readonly FrozenSet<string> NoPlaceValues = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "n/a", "na", "tbd", "tba", "unknown", "various", "multiple", "multiple locations", "flexible", "-", "none");

    /// <summary>
    /// "Berlin; Munich", "NYC | SF", "Remote or Berlin", "London / Paris", "A • B" → each location once,
    /// in order. Commas do not split: "Berlin, Germany" is one location.
    /// </summary>
    public static IReadOnlyList<string> Split(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var part in Separator().Split(location))
        {
            var trimmed = part.Trim(" \t\r\n,;|•".ToCharArray());
            if (trimmed.Length > 0 && seen.Add(trimmed))
            {
                result.Add(trimmed);
            }
        }

        return result;
    }

    /// <summary>
    /// The board's explicit value first; then words in the location or in the title's qualifiers ("hybrid"
    /// over remote words over "on-site"); then the board's remote flag; then any concrete place means
    /// onsite; else unknown.
    /// </summary>
    public static WorkplaceType Detect(WorkplaceType? stated, bool? remoteFlag, string? location, string? title, IReadOnlyList<string> locations)
    {
        if (stated is { } explicitValue && explicitValue != WorkplaceType.Unknown)
        {
            return explicitValue;
        }

        locations ??= [];
        var titleQualifiers = TitleQualifiers(title);
        if (Mentions(HybridWord(), location, locations, titleQualifiers))
        {
            return WorkplaceType.Hybrid;
        }

        if (Mentions(RemoteWord(), location, locations, null) || (titleQualifiers is not null && TitleRemoteWord().IsMatch(titleQualifiers)))
        {
            return WorkplaceType.Remote;
        }

        if (Mentions(OnsiteWord(), location, locations, titleQualifiers))
        {
            return WorkplaceType.Onsite;
        }

        if (remoteFlag == true)
        {
            return WorkplaceType.Remote;
        }

        return IsConcretePlace(location) || locations.Any(IsConcretePlace) ? WorkplaceType.Onsite : WorkplaceType.Unknown;
    }

    private static bool Mentions(Regex words, string? location, IReadOnlyList<string> locations, string? titleQualifiers) =>
        (location is not null && words.IsMatch(location))
        || locations.Any(words.IsMatch)
        || (titleQualifiers is not null && words.IsMatch(titleQualifiers));

    // Only the qualifier parts of a title say where the work is: "(Remote)", "- Remote US", "[Hybrid]";
    // "Remote Sensing Scientist" or "Distributed Systems Engineer" do not.
    private static string? TitleQualifiers(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var qualifiers = string.Join(' ', Bracketed().Matches(title).Select(match => match.Value));
        var dash = DashTail().Match(title);
        return dash.Success ? $"{qualifiers} {dash.Value}" : qualifiers;
    }

    private static bool IsConcretePlace(string? location)
    {
        if (string.IsNullOrWhiteSpace(location) || NoPlaceValues.Contains(location.Trim()))
        {
            return false;
        }

        foreach (var range in location.AsSpan().SplitAny(",/;|&()"))
        {
            var part = location.AsSpan()[range].Trim(" \t-–—.");
            if (part.IsEmpty
                || !ContainsLetter(part)
                || KnownPlaces.Regions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part)
                || KnownPlaces.Arrangements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part)
                || KnownPlaces.IsRemote(part)
                || NoPlaceValues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool ContainsLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // No whitespace runs in the pattern (parts are trimmed afterwards): it stays linear on any input.
    [GeneratedRegex(@";|\s\|\s|\sor\s|\s/\s|•|\n", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\bhybrid\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex HybridWord();

    [GeneratedRegex(
        @"\b(?:remote(?:ly)?|anywhere|worldwide|work(?:ing)?\s+from\s+home|wfh|distributed|telecommut\w*|homeoffice|home\s+office)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeoutMs)]
    private static partial Regex RemoteWord();

    [GeneratedRegex(@"\b(?:remote(?:ly)?|wfh|work(?:ing)?\s+from\s+home)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex TitleRemoteWord();

    [GeneratedRegex(@"\b(?:on-?site|on\s+site|in[- ]office|office[- ]based)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex OnsiteWord();

    [GeneratedRegex(@"[(\[][^)\]]{0,80}[)\]]", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"(?:\s[-–—|]\s|,\s|:\s)[^-–—|,:]{0,60}$", RegexOptions.CultureInvariant, RegexTimeoutMs)]
    private static partial Regex DashTail();
}
