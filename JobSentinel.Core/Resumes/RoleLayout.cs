namespace JobSentinel.Core.Resumes;

/// <summary>
/// How the lines of one experience section are laid out: which line starts a role and which lines make up a role's
/// heading (title, company, place, dates) rather than its description. Lines flagged as description (the prose a
/// date column's second line carries) are never heading.
/// </summary>
internal sealed class RoleLayout(List<string> lines, DateRange?[] ranges, List<bool> description, bool datesFirst, int longestLine)
{
    private const int MaxHeaderLinesAfterDates = 2;
    private const int MaxHeaderLinesBeforeDates = 3;

    public static RoleLayout Of(List<string> lines, DateRange?[] ranges, List<bool> description) =>
        new(lines, ranges, description, DatesComeFirst(lines, ranges), lines.Count == 0 ? 0 : lines.Max(l => l.Length));

    public bool StartsRole(int i, bool roleHasBody)
    {
        var line = lines[i];
        if (description[i] || ResumeLines.IsBullet(line))
        {
            return false;
        }

        if (ranges[i] is not null)
        {
            return true;
        }

        if (datesFirst || !RoleText.LooksLikeHeaderLine(line))
        {
            return false;
        }

        // A title above date-only lines starts a role even right under a full-width bullet; above a line that
        // has its own title it is that bullet's wrapped tail.
        if (DatesFollow(i))
        {
            return !IsWrappedTail(i) || ranges[i + 1] is not { } range || HeaderText(lines[i + 1], range).Length == 0;
        }

        if (IsWrappedTail(i))
        {
            return false;
        }

        // An undated role: heading lines straight followed by bullets, after the previous role's bullets.
        var next = i + 1 < lines.Count && !ResumeLines.IsBullet(lines[i + 1]) && RoleText.LooksLikeHeaderLine(lines[i + 1]) ? i + 2 : i + 1;
        return next < lines.Count && ResumeLines.IsBullet(lines[next]) && (roleHasBody || i == 0);
    }

    public int ReadHeader(int i, List<string> header, out DateRange? dates)
    {
        dates = null;
        var afterDates = 0;
        var j = i;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (description[j] || ResumeLines.IsBullet(line))
            {
                break;
            }

            if (ranges[j] is { } range)
            {
                if (dates is not null)
                {
                    break;
                }

                dates = range;
                AddText(header, HeaderText(line, range));
                continue;
            }

            if (!RoleText.LooksLikeHeaderLine(line))
            {
                break;
            }

            if (dates is null ? j - i >= MaxHeaderLinesBeforeDates : afterDates >= MaxHeaderLinesAfterDates || (!datesFirst && DatesFollow(j)))
            {
                break;
            }

            afterDates += dates is null ? 0 : 1;
            AddText(header, HeaderText(line, null));
        }

        return j;
    }

    // The title of a role whose dates are on the next line or two.
    private bool DatesFollow(int i)
    {
        for (var k = i + 1; k <= i + 2 && k < lines.Count; k++)
        {
            if (ranges[k] is not null)
            {
                return true;
            }

            if (description[k] || ResumeLines.IsBullet(lines[k]) || !RoleText.LooksLikeHeaderLine(lines[k]))
            {
                return false;
            }
        }

        return false;
    }

    // A capitalised word wrapped from a full-width bullet ("... using Java and Spring" / "Boot") is no heading.
    private bool IsWrappedTail(int i)
    {
        if (i == 0)
        {
            return false;
        }

        var previous = lines[i - 1];
        return previous.Length >= longestLine * 0.8 && previous[^1] is not ('.' or '!' or '?' or ':' or ';');
    }

    private static void AddText(List<string> header, string text)
    {
        if (text.Length > 0)
        {
            header.Add(text);
        }
    }

    /// <summary>Dates first when the first range opens its line and no heading line sits above it.</summary>
    private static bool DatesComeFirst(List<string> lines, DateRange?[] ranges)
    {
        var first = Array.FindIndex(ranges, r => r is not null);
        return first >= 0
            && ranges[first]!.Index == 0
            && (first == 0 || ResumeLines.IsBullet(lines[first - 1]) || !RoleText.LooksLikeHeaderLine(lines[first - 1]));
    }

    /// <summary>The heading text of a line once its date range and the separators around it are gone.</summary>
    public static string HeaderText(string line, DateRange? range)
    {
        var text = range is null ? line : line.Remove(range.Index, Math.Min(range.Text.Length, line.Length - range.Index));
        return text.Trim(' ', ',', '|', '–', '—', '-', '•', '·', ':', '(', ')', '\t');
    }
}
