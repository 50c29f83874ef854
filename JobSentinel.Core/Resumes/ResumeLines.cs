using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>Splits extracted text into lines and drops what only the page layout put there (page numbers).</summary>
internal static partial class ResumeLines
{
    // U+F0B7 is the Symbol-font bullet Word documents extract as.
    private static readonly char[] BulletMarks = ['•', '●', '▪', '■', '◦', '‣', '⁃', '►', '▶', '➢', '➤', '✓', '✔', '∙', '·', '○', '□', '❖', '\uF0B7'];

    public static List<ResumeLine> Split(string text)
    {
        List<ResumeLine> lines = [];
        var blank = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.IsEmpty)
            {
                blank = true;
                continue;
            }

            var value = line.ToString();
            if (PageNumber().IsMatch(value))
            {
                continue;
            }

            lines.Add(new ResumeLine(value, blank));
            blank = false;
        }

        return lines;
    }

    /// <summary>A bullet: a bullet glyph, or '-', '*', '–' followed by a space.</summary>
    public static bool IsBullet(string line) =>
        line.Length > 1 && (Array.IndexOf(BulletMarks, line[0]) >= 0 || (line[0] is '-' or '*' or '–' or '—' or '>' && char.IsWhiteSpace(line[1])));

    public static string StripBullet(string line) => IsBullet(line) ? line[1..].TrimStart() : line;

    /// <summary>Joins a wrapped line to the text before it, mending words the typesetter hyphenated ("Devel-" + "oping").</summary>
    public static string Join(string before, string after)
    {
        if (before.Length > 1 && before[^1] == '-' && char.IsLetter(before[^2]) && after.Length > 0 && char.IsLower(after[0]))
        {
            return string.Concat(before.AsSpan(0, before.Length - 1), after);
        }

        return before.Length == 0 ? after : $"{before} {after}";
    }

    [GeneratedRegex(@"^(?:page\s*)?\d{1,2}(?:\s*(?:/|of)\s*\d{1,2})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
