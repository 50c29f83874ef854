using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>Finds and reads the date ranges resumes write ("Jan 2020 – Present", "01/2019 - 03/2021", "2018 to 2020").</summary>
internal static partial class ResumeDates
{
    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    // Order matters: the month forms must be tried before the bare year they end with.
    private const string Date =
        $@"(?:{Month}\s*,?\s*(?:19|20)\d{{2}}|(?:0?[1-9]|1[0-2])\s*[/.]\s*(?:19|20)\d{{2}}|(?:19|20)\d{{2}}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?!\d)|(?:19|20)\d{{2}})";

    private const string Ongoing = @"(?:present|current(?:ly)?|now|today|ongoing|date)";

    private const string Separator = @"(?:[-–—−]+|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)";

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The first date range in <paramref name="line"/>, or null.</summary>
    public static DateRange? FindRange(string line)
    {
        var match = RangePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var start = ParseDate(match.Groups["start"].Value);
        if (start is null)
        {
            return null;
        }

        var endText = match.Groups["end"].Value;
        var end = ParseDate(endText);
        var current = end is null;
        if (end is { } e && e.MonthIndex < start.Value.MonthIndex)
        {
            return null;
        }

        return new DateRange(start.Value, end, current, match.Value.Trim(), match.Index);
    }

    /// <summary>A line that ends with the first half of a range ("2017 –") whose end the next line starts with ("Present").</summary>
    public static bool EndsWithOpenRange(string line) => OpenRangePattern().IsMatch(line);

    public static bool StartsWithDateOrOngoing(string line) => LeadingDatePattern().IsMatch(line);

    /// <summary>
    /// A range split by a narrow date column (LaTeX CV classes): its start opens <paramref name="line"/>, ahead of the
    /// role's heading ("2017 – Product Manager, Google"), and its end opens <paramref name="next"/>, ahead of the first
    /// line of the description ("Present Leading cross-functional teams…"). Null when the two lines do not read so.
    /// </summary>
    public static ColumnRange? FindColumnRange(string line, string next)
    {
        var open = LeadingOpenRangePattern().Match(line);
        if (!open.Success || LeadingDatePattern().IsMatch(open.Groups["heading"].Value))
        {
            return null;
        }

        var end = LeadingDatePattern().Match(next);
        if (!end.Success)
        {
            return null;
        }

        // Rebuilt and read again so that the two halves are checked as one range (an end before its start is no range).
        var text = $"{open.Groups["start"].Value} {open.Groups["separator"].Value} {end.Value.Trim()}";
        return FindRange(text) is { Index: 0 } range && range.Text.Length == text.Length
            ? new ColumnRange(text, open.Groups["heading"].Value.Trim(), next[end.Length..].Trim())
            : null;
    }

    /// <summary>Reads one date ("Jan 2020", "01/2020", "2020-01", "2020"); null for "Present" and anything else.</summary>
    public static ResumeDate? ParseDate(string text)
    {
        var match = SingleDatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        if (match.Groups["mon"].Success)
        {
            var prefix = match.Groups["mon"].Value[..3].ToLowerInvariant();
            return new ResumeDate(int.Parse(match.Groups["y1"].Value), Array.IndexOf(MonthPrefixes, prefix) + 1, DateStyle.MonthName);
        }

        if (match.Groups["m2"].Success)
        {
            return new ResumeDate(int.Parse(match.Groups["y2"].Value), int.Parse(match.Groups["m2"].Value), DateStyle.Numeric);
        }

        if (match.Groups["m3"].Success)
        {
            return new ResumeDate(int.Parse(match.Groups["y3"].Value), int.Parse(match.Groups["m3"].Value), DateStyle.Iso);
        }

        return new ResumeDate(int.Parse(match.Groups["y4"].Value), 1, DateStyle.YearOnly);
    }

    [GeneratedRegex($@"(?<![\w/.-])(?<start>{Date})\s*{Separator}\s*(?<end>{Date}|{Ongoing})(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    [GeneratedRegex($@"(?<![\w/.-]){Date}\s*{Separator}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenRangePattern();

    // Dashes only: "2017 to lead…" opening a line is more likely prose than half a range.
    [GeneratedRegex($@"^\s*(?<start>{Date})\s*(?<separator>[-–—−]+)\s*(?<heading>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingOpenRangePattern();

    [GeneratedRegex($@"^\s*(?:{Date}|{Ongoing})(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDatePattern();

    [GeneratedRegex(
        $@"^(?:(?<mon>{Month})\s*,?\s*(?<y1>(?:19|20)\d{{2}})|(?<m2>0?[1-9]|1[0-2])\s*[/.]\s*(?<y2>(?:19|20)\d{{2}})|(?<y3>(?:19|20)\d{{2}})\s*[-/.]\s*(?<m3>0[1-9]|1[0-2])|(?<y4>(?:19|20)\d{{2}}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDatePattern();
}
