using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>How a lead word bounds a single amount: "up to $120k", "from $60k", "between $50k and $60k".</summary>
internal enum AmountBound
{
    None,
    Upper,
    Lower,
    Between,
}

/// <summary>The words around salary figures: periods, range separators, lead words, units that are not money.</summary>
internal static partial class SalaryPhrases
{
    private const int RegexTimeoutMs = 250;
    private const int LeadWindow = 24;

    /// <summary>A period written right after an amount; moves <paramref name="end"/> past it.</summary>
    public static SalaryPeriod? ReadPeriod(string text, ref int end)
    {
        var match = PeriodAfterAmount().Match(text, end);
        if (!match.Success)
        {
            return null;
        }

        end = match.Index + match.Length;
        var word = match.Groups["noun"].Success ? match.Groups["noun"].Value : match.Groups["adj"].Value;
        return word.ToLowerInvariant() switch
        {
            "hour" or "hr" or "h" or "stunde" or "std" or "hora" or "heure" or "hourly" or "ph" or "stündlich" => SalaryPeriod.Hour,
            "day" or "tag" or "dia" or "día" or "jour" or "daily" or "pd" => SalaryPeriod.Day,
            "week" or "wk" or "woche" or "semana" or "semaine" or "weekly" or "pw" => SalaryPeriod.Week,
            "month" or "mo" or "mth" or "monat" or "mes" or "mês" or "mois" or "monthly" or "pcm" or "monatlich" => SalaryPeriod.Month,
            _ => SalaryPeriod.Year,
        };
    }

    /// <summary>A period word anywhere between two positions: "Monthly salary: 4.000 €", "day rate £450".</summary>
    public static SalaryPeriod? NearbyPeriod(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        var match = PeriodWord().Match(text, from, to - from);
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["hour"].Success ? SalaryPeriod.Hour
            : match.Groups["day"].Success ? SalaryPeriod.Day
            : match.Groups["week"].Success ? SalaryPeriod.Week
            : match.Groups["month"].Success ? SalaryPeriod.Month
            : SalaryPeriod.Year;
    }

    public static AmountBound ReadLead(string text, int start, out int leadStart)
    {
        leadStart = start;
        var windowStart = Math.Max(0, start - LeadWindow);
        var window = text.AsSpan(windowStart, start - windowStart).TrimEnd(" \t\u00A0:");
        foreach (var (phrase, bound) in Leads)
        {
            if (window.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (window.Length == phrase.Length || !char.IsLetter(window[^(phrase.Length + 1)])))
            {
                leadStart = windowStart + window.Length - phrase.Length;
                return bound;
            }
        }

        return AmountBound.None;
    }

    // A cheap look before the regexes: prose figures without a currency and without a salary word nearby
    // can only be money as the first half of a range whose second half has one ("75 - 105k USD"); most
    // numbers in a description (CSS lengths, dates, counts) are dismissed here.
    public static bool MayContinueAsRange(string text, int end)
    {
        var i = end;
        while (i < text.Length && SalaryNumber.IsSpaceLike(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is '-' or '–' or '—' or '~' or 't' or 'T' or 'b' or 'B' or 'u' or 'U';
    }

    // After a range separator: an optional currency ("$", "USD ", "€") and then the next digit.
    public static int SkipToDigit(string text, int from)
    {
        for (var i = from; i < text.Length && i - from <= 6; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                return i;
            }

            if (!(char.IsLetter(c) || char.IsSymbol(c) || c == '.' || SalaryNumber.IsSpaceLike(c)))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly (string Phrase, AmountBound Bound)[] Leads =
    [
        ("up to", AmountBound.Upper), ("upto", AmountBound.Upper), ("max.", AmountBound.Upper), ("max", AmountBound.Upper),
        ("maximum", AmountBound.Upper), ("bis zu", AmountBound.Upper), ("under", AmountBound.Upper), ("below", AmountBound.Upper),
        ("less than", AmountBound.Upper), ("from", AmountBound.Lower), ("starting at", AmountBound.Lower),
        ("starting from", AmountBound.Lower), ("starts at", AmountBound.Lower), ("min.", AmountBound.Lower), ("min", AmountBound.Lower),
        ("minimum", AmountBound.Lower), ("at least", AmountBound.Lower), ("ab", AmountBound.Lower), ("over", AmountBound.Lower),
        ("more than", AmountBound.Lower), ("between", AmountBound.Between), ("zwischen", AmountBound.Between),
    ];

    // A period written right after an amount: "/hr", "per annum", "a month", "brutto/Jahr", "pa", "p.a.".
    // Nouns need a connector ("/", "per", "a"...) so that "2 weeks" or "25 hours" never read as a period.
    [GeneratedRegex(
        @"\G[ \t\u00A0]*(?:(?:gross|net|brutto|netto)[ \t\u00A0]*)?(?:(?:/|\bper\b|\ba\b|\ban\b|\beach\b|\bevery\b|\bpro\b|\bim\b|\bpor\b|\bpar\b)[ \t\u00A0]*(?<noun>hour|hr|h|stunde|std|hora|heure|day|tag|d[ií]a|jour|week|wk|woche|semana|semaine|month|mo|mth|monat|m[eê]s|mois|year|yr|annum|jahr|a[ñn]o|an|ann[ée]e)|(?<adj>hourly|daily|weekly|monthly|yearly|annually|annual|pa|p\.a\.?|pcm|ph|pw|pd|monatlich|jährlich|stündlich))(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        RegexTimeoutMs)]
    public static partial Regex PeriodAfterAmount();

    // Words after a number that make it a count or a duration, not money: "5+ years", "25 hours", "75%".
    [GeneratedRegex(
        @"\G[ \t\u00A0]*\+?[ \t\u00A0]*(?:%|(?:percent|years?|yrs?|months|weeks|days|hours|hrs|minutes|mins|holidays|people|persons|employees|engineers|members|countries|customers|clients|users|offices|locations|languages|times|jahre|jahren|monate|monaten|wochen|tage|tagen|stunden|mitarbeiter|mitarbeitende)(?!\p{L}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        RegexTimeoutMs)]
    public static partial Regex UnitAfter();

    [GeneratedRegex(
        @"\G[ \t\u00A0]*(?:-{1,2}|–|—|~|\bto\b|\bbis\b|(?<and>\band\b|\bund\b))[ \t\u00A0]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        RegexTimeoutMs)]
    public static partial Regex RangeSeparator();

// Words that make a nearby figure pay. Matched as whole words (as regex \b...\b would), case-insensitively.
    private static readonly FrozenSet<string> SalaryWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "salary", "salaries", "compensation", "pay", "pays", "paid", "wage", "wages", "base", "ote", "rate", "rates", "remuneration",
        "earning", "earnings", "income", "stipend", "gehalt", "jahresgehalt", "bruttojahresgehalt", "monatsgehalt", "vergütung", "lohn",
        "salaire", "rémunération", "salario", "sueldo", "ctc");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SalaryWordLookup = SalaryWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestSalaryWord = SalaryWords.Max(word => word.Length);

    // Most words are ruled out by their first letter before the set is asked.
    private static readonly SearchValues<char> SalaryWordInitials = SearchValues.Create(
        [.. SalaryWords.SelectMany(word => new[] { char.ToLowerInvariant(word[0]), char.ToUpperInvariant(word[0]) }).Distinct()]);

    /// <summary>Where each salary word of <paramref name="text"/> starts, in order; only the first when <paramref name="firstOnly"/>.</summary>
    public static List<int> SalaryWordPositions(string text, bool firstOnly = false)
    {
        var positions = new List<int>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length >= 3 && length <= LongestSalaryWord && SalaryWordInitials.Contains(text[start])
                && SalaryWordLookup.Contains(text.AsSpan(start, length)))
            {
                positions.Add(start);
                if (firstOnly)
                {
                    break;
                }
            }
        }

        return positions;
    }

    // A character of a word as regex \w and \b see it: letters, digits, non-spacing marks, connectors, ZWJ and ZWNJ.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c) || c == '_'
        : char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D'
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;

    [GeneratedRegex(
        @"\b(?:(?<hour>hourly|per hour|an hour|hour rate|stundenlohn|stündlich)|(?<day>daily|per day|a day|day rate|tagessatz)|(?<week>weekly|per week|a week)|(?<month>monthly|per month|a month|monatlich|monatsgehalt|pro monat|im monat)|(?<year>annual|annually|yearly|per year|a year|per annum|jährlich|jahresgehalt|pro jahr|im jahr))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        RegexTimeoutMs)]
    public static partial Regex PeriodWord();
}
