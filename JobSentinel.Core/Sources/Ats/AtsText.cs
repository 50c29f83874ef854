using JobSentinel.Core.Postings;

namespace JobSentinel.Core.Sources.Ats;

/// <summary>Small text rules shared by the ATS parsers (no regexes: these run once or more per posting).</summary>
internal static class AtsText
{
    /// <summary>Trimmed text, or null when it is empty.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return text.Trim();
    }

    /// <summary>"City, State, Country" from the parts that are present.</summary>
    public static string? JoinPlace(string? city, string? region, string? country)
    {
        city = Clean(city);
        region = Clean(region);
        country = Clean(country);
        return (city, region, country) switch
        {
            (null, null, null) => null,
            (_, null, null) => city,
            (null, _, null) => region,
            (null, null, _) => country,
            (_, _, null) => $"{city}, {region}",
            (_, null, _) => $"{city}, {country}",
            (null, _, _) => $"{region}, {country}",
            _ => $"{city}, {region}, {country}",
        };
    }

    /// <summary>A comma-separated place with its empty parts dropped ("Dubai, , United Arab Emirates" → "Dubai, United Arab Emirates").</summary>
    public static string? TidyPlace(string? text)
    {
        text = Clean(text);
        if (text is null || !text.Contains(','))
        {
            return text;
        }

        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Adds <paramref name="value"/> unless it is empty or already listed (ignoring case).</summary>
    public static void AddDistinct(List<string> values, string? value)
    {
        value = Clean(value);
        if (value is null)
        {
            return;
        }

        foreach (var existing in values)
        {
            if (string.Equals(existing, value, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        values.Add(value);
    }

    /// <summary>A board's workplace word ("remote", "Hybrid", "on-site", "OnSite"); "unspecified" and unknown words are null.</summary>
    public static WorkplaceType? ParseWorkplace(string? text)
    {
        var value = text.AsSpan().Trim();
        if (value.Equals("remote", StringComparison.OrdinalIgnoreCase))
        {
            return WorkplaceType.Remote;
        }

        if (value.Equals("hybrid", StringComparison.OrdinalIgnoreCase))
        {
            return WorkplaceType.Hybrid;
        }

        return value.Equals("on-site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("onsite", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on_site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("on site", StringComparison.OrdinalIgnoreCase)
            || value.Equals("in-office", StringComparison.OrdinalIgnoreCase)
            ? WorkplaceType.Onsite
            : null;
    }
}
