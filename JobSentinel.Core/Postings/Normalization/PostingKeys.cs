using System.Collections.Frozen;
using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Normalised company, title and location, so that the same role listed on several boards groups as one
/// posting. Pure and thread-safe; the forms are for comparing, never for display.
/// </summary>
public static partial class PostingKeys
{
    // Longer input is not a title, company or place; the cap bounds the work hostile input can cause.
    private const int MaxLength = 256;

    private static readonly FrozenDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>
    {
        ["sr"] = "senior", ["snr"] = "senior", ["jr"] = "junior", ["jnr"] = "junior", ["eng"] = "engineer",
        ["engr"] = "engineer", ["dev"] = "developer", ["mgr"] = "manager", ["mngr"] = "manager",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> LegalSuffixes = FrozenSet.Create(
        StringComparer.Ordinal,
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "mbh", "ag", "sa", "sas", "sarl", "bv", "nv", "plc",
        "corp", "corporation", "co", "se", "kg", "kgaa", "ug", "haftungsbeschrankt", "ohg", "gbr", "llp", "lp",
        "pty", "pvt", "private", "oy", "ab", "as", "asa", "aps", "srl", "spa", "sl", "&");

    private static readonly FrozenSet<string> RemoteLocationWords = FrozenSet.Create(
        StringComparer.Ordinal, "remote", "anywhere", "worldwide", "global", "wfh", "distributed", "homeoffice");

    private static readonly string[] TitleSeparators = [" - ", " – ", " — ", " | ", ", ", ": ", " @ "];

    /// <summary>
    /// "Sr. Software Eng. (Remote)" → "senior software engineer": lower case, no gender markers ("(m/f/d)",
    /// "(all genders)") or trailing place/remote qualifiers ("- Remote", "– Berlin", "(US only)"), common
    /// abbreviations expanded, punctuation gone except "+" and "#" (C++, C#).
    /// </summary>
    public static string NormalizeTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var text = StripQualifiers(GenderMarker().Replace(Capped(title), " "));
        var words = Words(text, keepCodeSymbols: true);
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = TitleAbbreviations.GetValueOrDefault(words[i], words[i]);
        }

        return string.Join(' ', words);
    }

    /// <summary>"Procter &amp; Gamble Co." → "procter gamble", "kausable GmbH" → "kausable", "DEPT®" → "dept".</summary>
    public static string NormalizeCompany(string company)
    {
        ArgumentNullException.ThrowIfNull(company);
        var words = Words(Capped(company).Replace(".", "", StringComparison.Ordinal).Replace("&", " & ", StringComparison.Ordinal), keepCodeSymbols: false, keep: '&');
        while (words.Count > 1 && LegalSuffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        words.RemoveAll(word => word == "&");
        return string.Join(' ', words);
    }

    /// <summary>
    /// "Berlin, Germany" → "berlin"; any remote/anywhere/worldwide/global location → "remote";
    /// "Hybrid - Berlin" → "berlin"; null or blank → "".
    /// </summary>
    public static string NormalizeLocation(string? location)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            return "";
        }

        var parts = Capped(location).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (parts.Count > 1 && KnownPlaces.Countries.Contains(parts[^1].Trim(" .()".ToCharArray())))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var words = Words(string.Join(' ', parts), keepCodeSymbols: false);
        var joined = string.Join(' ', words);
        if (words.Exists(RemoteLocationWords.Contains) || joined.Contains("work from home", StringComparison.Ordinal))
        {
            return "remote";
        }

        words.RemoveAll(word => word is "hybrid" or "onsite" or "office");
        return string.Join(' ', words);
    }

    /// <summary>A stable 32-character hex key of normalised company, title and location, "|"-joined.</summary>
    public static string DedupKey(string company, string title, string? location)
    {
        var key = $"{NormalizeCompany(company)}|{NormalizeTitle(title)}|{NormalizeLocation(location)}";
        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(key)).ToString("x32", CultureInfo.InvariantCulture);
    }

    private static string Capped(string text) => text.Length > MaxLength ? text[..MaxLength] : text;

    // Strips trailing "(Remote)", "- Remote US", "– Berlin", ", London" and leading "[Remote]", "Remote - ".
    private static string StripQualifiers(string title)
    {
        var text = title.Trim();
        var changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            if (text[^1] is ')' or ']')
            {
                var open = text.LastIndexOfAny(['(', '[']);
                if (open > 0 && KnownPlaces.IsPlaceQualifier(text.AsSpan(open + 1, text.Length - open - 2)))
                {
                    text = text[..open].TrimEnd(" -–—|,:".ToCharArray());
                    changed = true;
                    continue;
                }
            }

            foreach (var separator in TitleSeparators)
            {
                var at = text.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 0 && KnownPlaces.IsPlaceQualifier(text.AsSpan(at + separator.Length)))
                {
                    text = text[..at].TrimEnd();
                    changed = true;
                    break;
                }
            }
        }

        var leading = LeadingRemote().Match(text);
        return leading.Success && leading.Length < text.Length ? text[leading.Length..] : text;
    }

    private static List<string> Words(string text, bool keepCodeSymbols, char keep = '\0')
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c == keep || (keepCodeSymbols && c is '+' or '#')
                ? char.ToLowerInvariant(c)
                : ' ');
        }

        return [.. builder.ToString().Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    // (m/f/d), (f/m/x), (m/w/d), (w/m/div), (h/f), (all genders), (gn), and the same without brackets.
    [GeneratedRegex(
        @"[(\[]\s*(?:all\s+genders?|gn|[mfwdxh]\s*(?:/\s*(?:[mfwdxh]|div\.?|divers)\s*){1,3})\s*[)\]]|(?<![\p{L}/])[mfwdxh](?:/(?:[mfwdxh]|div\.?)){1,3}(?![\p{L}/])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        250)]
    private static partial Regex GenderMarker();

    [GeneratedRegex(
        @"^\s*(?:[(\[]\s*(?:remote|hybrid)\s*[)\]]|(?:remote|hybrid)\s*[-–—:|])\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        250)]
    private static partial Regex LeadingRemote();
}
