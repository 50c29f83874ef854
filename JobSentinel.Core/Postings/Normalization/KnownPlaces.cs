using System.Collections.Frozen;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// The words that make a title suffix or a location part a place or a work arrangement rather than part of
/// a role: remote words, regions, countries and the cities job boards list most. Deliberately small: a
/// place missing here only means a title keeps its suffix.
/// </summary>
internal static class KnownPlaces
{
    public static readonly FrozenSet<string> RemoteWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "remote", "anywhere", "worldwide", "global", "distributed", "wfh", "work from home", "fully remote",
        "100% remote", "remote first", "remote-first", "home office", "homeoffice");

    public static readonly FrozenSet<string> Arrangements = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "hybrid", "onsite", "on-site", "on site", "in office", "in-office", "office");

    // Regions that name no concrete place to go to.
    public static readonly FrozenSet<string> Regions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "emea", "apac", "latam", "amer", "americas", "europe", "eu", "asia", "africa", "oceania", "middle east",
        "north america", "south america", "latin america", "nordics", "dach", "benelux", "european union",
        "european timezones", "cet", "est", "pst", "utc", "gmt");

    public static readonly FrozenSet<string> Countries = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "us", "usa", "u.s.", "u.s.a.", "united states", "united states of america", "uk", "u.k.", "united kingdom",
        "great britain", "england", "scotland", "ireland", "canada", "mexico", "brazil", "argentina", "chile",
        "colombia", "germany", "deutschland", "de", "austria", "switzerland", "france", "spain", "portugal",
        "italy", "netherlands", "belgium", "luxembourg", "denmark", "sweden", "norway", "finland", "iceland",
        "poland", "czechia", "czech republic", "hungary", "romania", "bulgaria", "greece", "turkey", "israel",
        "uae", "united arab emirates", "saudi arabia", "egypt", "nigeria", "kenya", "south africa", "india",
        "pakistan", "china", "japan", "korea", "south korea", "taiwan", "singapore", "hong kong", "malaysia",
        "indonesia", "philippines", "vietnam", "thailand", "australia", "new zealand", "ukraine", "estonia",
        "latvia", "lithuania", "serbia", "croatia", "slovakia", "slovenia");

    public static readonly FrozenSet<string> Cities = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "new york", "new york city", "nyc", "san francisco", "sf", "bay area", "sf bay area", "los angeles",
        "seattle", "austin", "boston", "chicago", "denver", "atlanta", "miami", "dallas", "houston", "washington",
        "washington dc", "washington, dc", "dc", "philadelphia", "portland", "san diego", "san jose",
        "palo alto", "mountain view", "menlo park", "toronto", "vancouver", "montreal", "ottawa", "london",
        "manchester", "edinburgh", "dublin", "berlin", "munich", "münchen", "hamburg", "frankfurt", "cologne",
        "köln", "stuttgart", "düsseldorf", "heidelberg", "leipzig", "dresden", "vienna", "wien", "zurich",
        "zürich", "geneva", "paris", "lyon", "madrid", "barcelona", "lisbon", "porto", "milan", "rome",
        "amsterdam", "rotterdam", "brussels", "copenhagen", "stockholm", "oslo", "helsinki", "warsaw", "krakow",
        "prague", "budapest", "bucharest", "athens", "istanbul", "tel aviv", "dubai", "abu dhabi", "bangalore",
        "bengaluru", "mumbai", "pune", "hyderabad", "chennai", "delhi", "new delhi", "gurgaon", "gurugram",
        "noida", "singapore", "hong kong", "tokyo", "osaka", "seoul", "shanghai", "beijing", "shenzhen",
        "taipei", "sydney", "melbourne", "brisbane", "auckland", "sao paulo", "são paulo", "mexico city",
        "buenos aires", "bogota", "bogotá", "santiago", "lagos", "nairobi", "cape town", "johannesburg", "cairo",
        "tallinn", "riga", "vilnius", "kyiv", "belgrade", "zagreb");

    // Written in capitals after a city ("Austin, TX"); matched case-sensitively so "or", "in", "me" stay words.
    public static readonly FrozenSet<string> RegionCodes = FrozenSet.Create(
        StringComparer.Ordinal,
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
        "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "ON", "BC", "QC",
        "AB", "NSW", "VIC", "QLD");

    /// <summary>True when every part of <paramref name="text"/> (split on , / and "or") is a place or an arrangement.</summary>
    public static bool IsPlaceQualifier(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var range in text.SplitAny(",/;|&()[]"))
        {
            var part = text[range].Trim(" \t-–—()[].:");
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.EndsWith(" only", StringComparison.OrdinalIgnoreCase))
            {
                part = part[..^5].TrimEnd();
            }

            if (!IsPlace(part))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    public static bool IsRemote(ReadOnlySpan<char> part) => RemoteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part);

    private static bool IsPlace(ReadOnlySpan<char> part)
    {
        foreach (var set in (ReadOnlySpan<FrozenSet<string>>)[RemoteWords, Arrangements, Regions, Countries, Cities, RegionCodes])
        {
            if (set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part))
            {
                return true;
            }
        }

        // "Remote US", "Hybrid Berlin", "Berlin or Munich", "US-based": a remote or arrangement word plus places.
        var space = part.IndexOfAny(' ', '-');
        if (space > 0 && space < part.Length - 1)
        {
            var head = part[..space];
            var tail = part[(space + 1)..].Trim(" -–—");
            if (tail.Equals("based", StringComparison.OrdinalIgnoreCase))
            {
                return IsPlace(head);
            }

            if (head.Equals("or", StringComparison.OrdinalIgnoreCase) || head.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                return IsPlace(tail);
            }

            var orAt = part.IndexOf(" or ", StringComparison.OrdinalIgnoreCase);
            if (orAt > 0)
            {
                return IsPlace(part[..orAt].Trim()) && IsPlace(part[(orAt + 4)..].Trim());
            }

            return (IsRemote(head) || Arrangements.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head)) && IsPlace(tail);
        }

        return false;
    }
}
