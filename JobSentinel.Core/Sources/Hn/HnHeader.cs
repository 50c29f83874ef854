using System.Net;
using System.Text.RegularExpressions;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Hn;

/// <summary>
/// What the first line of a "Who is hiring" comment states, by the thread's convention
/// <c>Company | Role | Location | Salary | ...</c>. Nothing here is guessed from the body.
/// </summary>
internal sealed partial record HnHeader(
    string? Company,
    string? Role,
    IReadOnlyList<string> Locations,
    string? SalaryText,
    bool? RemoteFlag,
    WorkplaceType? Workplace,
    string? EmploymentType,
    IReadOnlyList<string> Tags)
{
    // The first segment is taken as a company only when it reads like a name, not like a sentence.
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    private static readonly string[] LineBreaks = ["<p>", "<p ", "<br", "\n"];

    private static readonly HashSet<string> SentenceStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "we're", "we’re", "i", "i'm", "i’m", "hi", "hello", "hey", "our", "my", "looking", "hiring", "join", "if",
    };

    /// <summary>The header of a comment's first line; null when the line names no company and no role.</summary>
    public static HnHeader? Parse(string commentHtml)
    {
        var segments = Split(FirstLine(commentHtml), out var separator);
        if (segments.Count == 0)
        {
            return null;
        }

        var company = CleanCompany(segments[0]);
        if (segments.Count == 1)
        {
            return company is not null && LooksLikeName(company) ? Empty(company) : null;
        }

        string? role = null;
        string? fallbackRole = null;
        string? employmentType = null;
        bool? remote = null;
        bool hybrid = false, onsite = false;
        List<string> locations = [];
        List<string> salaries = [];
        List<string> tags = [];

        for (var i = 1; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (RemoteWord().IsMatch(segment))
            {
                remote = true;
            }

            hybrid |= HybridWord().IsMatch(segment);
            onsite |= OnsiteWord().IsMatch(segment);

            if (SalaryHint().IsMatch(segment))
            {
                salaries.Add(segment);
            }
            else if (role is null && RoleWord().IsMatch(segment))
            {
                role = segment;
            }
            else if (IsLocation(segment))
            {
                locations.Add(segment);
            }
            else if (TagWord().IsMatch(segment))
            {
                tags.Add(segment);
                if (employmentType is null && EmploymentWord().IsMatch(segment))
                {
                    employmentType = segment;
                }
            }
            else if (fallbackRole is null && !UrlHint().IsMatch(segment))
            {
                fallbackRole = segment;
            }
        }

        // "Remote or onsite" is flexible, not onsite; hybrid is the one stated arrangement that wins.
        WorkplaceType? workplace = hybrid ? WorkplaceType.Hybrid
            : onsite && remote is null ? WorkplaceType.Onsite
            : null;

        return new HnHeader(
            company is not null && LooksLikeName(company) ? company : null,
            role ?? fallbackRole,
            locations,
            salaries.Count == 0 ? null : string.Join(separator, salaries),
            remote,
            workplace,
            employmentType,
            tags);
    }

    private static HnHeader Empty(string company) => new(company, null, [], null, null, null, null, []);

    /// <summary>The text before the first paragraph or line break, without tags and entities.</summary>
    private static string FirstLine(string html)
    {
        var end = html.Length;
        foreach (var lineBreak in LineBreaks)
        {
            var index = html.IndexOf(lineBreak, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && index < end)
            {
                end = index;
            }
        }

        var line = Tag().Replace(html[..end], string.Empty);
        return Whitespace().Replace(WebUtility.HtmlDecode(line), " ").Trim();
    }

    /// <summary>Splits on "|" and, only when a line has none, on spaced dashes ("Acme - Engineer - Remote").</summary>
    private static List<string> Split(string line, out string separator)
    {
        string[] parts;
        if (line.Contains('|'))
        {
            parts = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            separator = " | ";
        }
        else
        {
            parts = SpacedDash().Split(line);
            separator = " - ";
        }

        List<string> segments = [];
        foreach (var part in parts)
        {
            if (PayloadText.Clean(part) is { } segment)
            {
                segments.Add(segment);
            }
        }

        return segments;
    }

    private static string? CleanCompany(string segment) =>
        PayloadText.Clean(Url().Replace(segment, string.Empty).TrimEnd(':', ',', '-', ' '));

    private static bool LooksLikeName(string text)
    {
        // A trailing "." is allowed: "Acme Inc." is a name.
        if (text.Length > MaxNameLength || text[^1] is '!' or '?' or ':')
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxNameWords && !SentenceStarts.Contains(words[0]);
    }

    private static bool IsLocation(string segment) =>
        WorkplaceWord().IsMatch(segment) || PlaceName().IsMatch(segment) || PlaceCode().IsMatch(segment);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+[-–—]+\s+")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"\(?\b(?:https?://|www\.)\S+\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^\(?(?:https?://|www\.)|^[\w.-]+\.(?:com|io|ai|co|dev|org|net|app|so)(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlHint();

    [GeneratedRegex(@"[$€£¥₹]|\b\d{2,3}(?:[.,]\d+)?\s?[kK]\b|\b(?:USD|EUR|GBP|CHF|CAD|AUD)\b")]
    private static partial Regex SalaryHint();

    // Job-title words; "lead" and "head of" catch titles without a function word ("Tech Lead").
    [GeneratedRegex(
        @"\b(?:engineer(?:s|ing)?|developers?|managers?|scientists?|designers?|leads?|head of|architects?|analysts?|sres?|devops|"
        + @"directors?|vp|cto|researchers?|specialists?|advocates?|consultants?|administrators?|recruiters?|marketers?|writers?|"
        + @"accountants?|counsel|programmers?|technicians?|officers?|owners?|coordinators?|representatives?|executives?|strategists?|"
        + @"editors?|interns?|founding|principal|staff|swes?)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\b(?:remote|on-?site|on site|hybrid|in[- ]office|in[- ]person|worldwide|anywhere)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkplaceWord();

    [GeneratedRegex(@"(?<!\bno[- ])(?<!\bnot[- ])(?<!\bnon[- ])\bremote\b", RegexOptions.IgnoreCase)]
    private static partial Regex RemoteWord();

    [GeneratedRegex(@"\bhybrid\b", RegexOptions.IgnoreCase)]
    private static partial Regex HybridWord();

    [GeneratedRegex(@"\b(?:on-?site|on site|in[- ]office|in[- ]person)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnsiteWord();

    [GeneratedRegex(
        @"\b(?:new york|san francisco|bay area|silicon valley|los angeles|seattle|boston|chicago|austin|denver|atlanta|miami|"
        + @"washington|toronto|vancouver|montreal|london|berlin|munich|hamburg|paris|amsterdam|dublin|zurich|stockholm|copenhagen|"
        + @"oslo|helsinki|madrid|barcelona|lisbon|warsaw|prague|vienna|tel aviv|bangalore|bengaluru|singapore|sydney|melbourne|"
        + @"tokyo|seoul|hong kong|dubai|s[aã]o paulo|mexico city|united states|united kingdom|canada|germany|france|spain|"
        + @"portugal|netherlands|ireland|switzerland|sweden|poland|india|israel|brazil|mexico|australia|japan|europe|european|"
        + @"americas|north america|latin america|latam|emea|apac|asia|africa|worldwide|global|time ?zones?|utc|gmt)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PlaceName();

    // Case-sensitive codes ("us" is a word, "US" a place): "SF", "NYC", "(US)", a state after a city ("New York, NY"), zones.
    [GeneratedRegex(@"\b(?:SF|NYC|NY|LA|DC|USA?|UK|EU|UAE|CET|CEST|[ECMP][SD]T)\b|\([A-Z]{2,3}\)|,\s*[A-Z]{2}\b")]
    private static partial Regex PlaceCode();

    [GeneratedRegex(@"\b(?:full[- ]?time|part[- ]?time|contract(?:or|ors)?|freelance|internships?|permanent|temporary|visas?|sponsorship|equity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TagWord();

    [GeneratedRegex(@"\b(?:full[- ]?time|part[- ]?time|contract(?:or|ors)?|freelance|internships?|permanent|temporary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmploymentWord();
}
