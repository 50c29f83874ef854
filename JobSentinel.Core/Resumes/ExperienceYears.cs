using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>Total experience: the union of the dated roles (overlaps once), or the "X+ years of experience" a summary states.</summary>
internal static partial class ExperienceYears
{
    public static double? FromRoles(IEnumerable<ParsedRole> roles, int nowMonth)
    {
        var intervals = roles
            .Where(r => r.Dates is not null)
            .Select(r => r.Dates!.Months(nowMonth))
            .OrderBy(m => m.From)
            .ToList();
        if (intervals.Count == 0)
        {
            return null;
        }

        var months = 0;
        var (from, until) = intervals[0];
        foreach (var (nextFrom, nextUntil) in intervals.Skip(1))
        {
            if (nextFrom > until)
            {
                months += until - from;
                (from, until) = (nextFrom, nextUntil);
            }
            else
            {
                until = Math.Max(until, nextUntil);
            }
        }

        months += until - from;
        return Math.Round(months / 12.0, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>"over 20 years of experience", "5+ years of proven expertise" → the number, or null.</summary>
    public static double? Stated(string text)
    {
        var match = StatedYears().Match(text);
        return match.Success ? double.Parse(match.Groups["years"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(
        @"(?<years>\d{1,2}(?:\.\d)?)\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+(?:experience|expertise)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatedYears();
}
