using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>Reads name, email, phone, location and profile links from a resume's contact block.</summary>
internal static partial class ContactParser
{
    private const string States =
        "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC"
        + "|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK";

    private const string Countries =
        "USA|U\\.S\\.A\\.|US|United States|UK|United Kingdom|England|Scotland|Ireland|Canada|Mexico|Brazil|Argentina|Chile|Colombia"
        + "|Germany|France|Spain|Portugal|Italy|Netherlands|Belgium|Switzerland|Austria|Poland|Czechia|Czech Republic|Sweden"
        + "|Norway|Denmark|Finland|Estonia|Lithuania|Latvia|Romania|Bulgaria|Greece|Hungary|Ukraine|Serbia|Croatia|Turkey|Israel"
        + "|UAE|United Arab Emirates|Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|South Africa|Ghana|Morocco|India|Pakistan|Bangladesh"
        + "|Sri Lanka|Nepal|China|Japan|South Korea|Korea|Taiwan|Hong Kong|Singapore|Malaysia|Indonesia|Philippines|Vietnam|Thailand"
        + "|Australia|New Zealand|Remote";

    private const string Place = @"[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,2}";

    private static readonly string[] StreetWords = ["St", "St.", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Lane", "Ln", "Dr", "Drive", "Way", "Suite", "Apt"];

    private static readonly string[] ProfileHosts =
        ["linkedin.com", "github.com", "gitlab.com", "bitbucket.org", "behance.net", "dribbble.com", "medium.com",
            "stackoverflow.com", "kaggle.com", "twitter.com", "x.com", "huggingface.co", "codepen.io"];

    private static readonly string[] PersonalTlds =
        ["com", "io", "dev", "me", "net", "org", "app", "co", "ai", "tech", "site", "page", "info", "xyz", "blog", "design", "codes", "sh", "so"];

    private static readonly string[] NameParticles = ["van", "von", "de", "der", "da", "di", "del", "la", "le", "bin", "al", "el"];

    public static ContactInfo Parse(IReadOnlyList<string> contactLines, IReadOnlyList<SectionLines> sections, IReadOnlyList<ResumeLine> allLines)
    {
        var top = contactLines.Count > 0 ? contactLines : [.. allLines.Take(8).Select(l => l.Text)];
        var email = FirstMatch(top, EmailPattern()) ?? allLines.Select(l => EmailPattern().Match(l.Text)).FirstOrDefault(m => m.Success)?.Value;
        return new ContactInfo(
            FindName(top, allLines, email),
            email,
            FindPhone(top) ?? FindPhone([.. allLines.Select(l => l.Text).Where(l => PhoneLabel().IsMatch(l))]),
            FindLocation(top),
            FindLinks(top, sections));
    }

    private static string? FirstMatch(IEnumerable<string> lines, Regex pattern) =>
        lines.Select(l => pattern.Match(l)).FirstOrDefault(m => m.Success)?.Value;

    private static string? FindName(IReadOnlyList<string> top, IReadOnlyList<ResumeLine> allLines, string? email)
    {
        foreach (var line in top.Take(10))
        {
            var first = NameSeparator().Split(line, 2)[0].Trim();
            if (LooksLikeName(first))
            {
                return Tidy(first);
            }
        }

        // Some layouts put the name last (a sidebar read after the main column): trust a name-like line the email spells.
        var local = email is null ? "" : new string([.. email[..email.IndexOf('@')].Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (local.Length < 4)
        {
            return null;
        }

        foreach (var line in allLines)
        {
            if (LooksLikeName(line.Text) && new string([.. line.Text.Where(char.IsLetter).Select(char.ToLowerInvariant)]) == local)
            {
                return Tidy(line.Text);
            }
        }

        return null;
    }

    private static string Tidy(string name) =>
        name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

    /// <summary>Two to four capitalised words of letters (particles such as "van" allowed), and no job title or heading.</summary>
    internal static bool LooksLikeName(string text)
    {
        if (text.Length is < 4 or > 40 || ResumeHeadings.Match(text) is not null || RoleText.HasTitleWord(text))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var word in words)
        {
            var particle = NameParticles.Contains(word, StringComparer.Ordinal);
            if (!particle && (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-')))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FindPhone(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (Match match in PhonePattern().Matches(line))
            {
                var value = match.Value.Trim();
                var digits = value.Count(char.IsDigit);
                var looksDialled = value.StartsWith('+') || value.Contains('(') || digits >= 10 || value.Any(c => c is ' ' or '-' or '.');
                if (digits is >= 7 and <= 15 && looksDialled && !YearRange().IsMatch(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static string? FindLocation(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            var match = LocationPattern().Match(line);
            if (!match.Success)
            {
                continue;
            }

            var parts = match.Value.Split(',', StringSplitOptions.TrimEntries);
            // "123 Main St, Anywhere, USA": the street is not the place.
            var firstIsStreet = parts.Length > 2 && parts[0].Split(' ').Any(w => StreetWords.Contains(w, StringComparer.OrdinalIgnoreCase));
            return firstIsStreet ? string.Join(", ", parts[1..]) : match.Value;
        }

        return null;
    }

    private static List<string> FindLinks(IReadOnlyList<string> top, IReadOnlyList<SectionLines> sections)
    {
        List<string> links = [];
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        var contactLike = sections.Where(s => s.Name == ResumeHeadings.Contact).SelectMany(s => s.Lines).Select(l => l.Text).Concat(top).ToHashSet();
        foreach (var line in sections.SelectMany(s => s.Lines).Select(l => l.Text))
        {
            if (!line.Contains('.'))
            {
                continue;
            }

            foreach (Match match in LinkPattern().Matches(line))
            {
                var link = match.Value.TrimEnd('.', ',', ';', ')');
                var host = match.Groups["host"].Value;
                var tld = host[(host.LastIndexOf('.') + 1)..];
                var explicitUrl = match.Groups["scheme"].Success || host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
                var profile = ProfileHosts.Any(h => host.EndsWith(h, StringComparison.OrdinalIgnoreCase)) && match.Groups["path"].Length > 1;

                // Bare domains are only links in the contact block: elsewhere "Node.js" and "Booking.com" are prose.
                var personal = contactLike.Contains(line) && PersonalTlds.Contains(tld, StringComparer.OrdinalIgnoreCase);
                if ((explicitUrl || profile || personal) && seen.Add(link.TrimEnd('/')))
                {
                    links.Add(link);
                }
            }
        }

        return links;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{1,8}(?:[\s.-]\d{2,8}){0,5}(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?:phone|tel|mobile|cell)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\s+(?:\||•|·|—|–|-)\s+|\s{2,}|,", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(
        $@"\b{Place},\s*(?:{States})\b(?:\s*\d{{5}})?(?:,\s*(?:USA|US|United States|Canada))?|\b{Place},\s*(?:{Place},\s*)?(?:{Countries})\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LocationPattern();

    [GeneratedRegex(
        @"(?<![\w@.])(?![\w.-]*@)(?<scheme>https?://)?(?<host>(?:[a-z0-9-]+\.)+[a-z]{2,})(?<path>/[^\s,;|)]*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
