using System.Text;
using UglyToad.PdfPig.Content;

namespace JobSentinel.Core.Documents;

/// <summary>
/// Puts a page's words in reading order: rows top to bottom, and in a two-column section the whole
/// left column before the right one, so the same CV reads the same in either layout. A page without
/// columns may still have a block set side by side (name on the left, contact details on the right).
/// </summary>
internal static class PdfReadingOrder
{
    private const int PageColumnRows = 3;
    private const double PageCrossingShare = 0.25;
    private const int BlockColumnRows = 2;

    /// <summary>The lines of a page, an empty string marking a break between blocks.</summary>
    internal sealed record Result(IReadOnlyList<string> Lines, int Columns, int IconGlyphs);

    public static Result Read(IReadOnlyList<Word> words, double pageWidth)
    {
        var rows = PdfTextRow.Group(words);
        var pageGutter = PdfColumnDetector.FindGutter(rows, pageWidth, PageColumnRows, PageCrossingShare);
        var units = pageGutter is null
            ? Blocks(rows).Select(block => (Rows: block, Gutter: PdfColumnDetector.FindGutter(block, pageWidth, BlockColumnRows, 0), MinRows: BlockColumnRows))
            : [(Rows: rows, Gutter: pageGutter, MinRows: PageColumnRows)];

        var sequences = new List<List<PdfTextRow>>();
        var lastIsColumn = true;
        foreach (var (unitRows, gutter, minRows) in units)
        {
            foreach (var section in gutter is { } x ? PdfColumnDetector.Sections(unitRows, x) : [unitRows])
            {
                if (gutter is { } g && PdfColumnDetector.IsTwoColumns(section, g, minRows))
                {
                    sequences.Add(section.Select(row => row.Side(g, left: true)).Where(row => row.Words.Count > 0).ToList());
                    sequences.Add(section.Select(row => row.Side(g, left: false)).Where(row => row.Words.Count > 0).ToList());
                    lastIsColumn = true;
                }
                else if (lastIsColumn)
                {
                    sequences.Add([.. section]);
                    lastIsColumn = false;
                }
                else
                {
                    // Full-width rows and single-column sections that follow one another read as one run.
                    sequences[^1].AddRange(section);
                }
            }
        }

        var lines = new List<string>();
        var icons = 0;
        foreach (var sequence in sequences)
        {
            var blockGap = 1.5 * MedianGap(sequence);
            for (var i = 0; i < sequence.Count; i++)
            {
                if (i > 0 && sequence[i - 1].Baseline - sequence[i].Baseline > blockGap)
                {
                    lines.Add(string.Empty);
                }

                lines.Add(LineOf(sequence[i], ref icons));
            }

            lines.Add(string.Empty);
        }

        // Only a page-wide gutter makes a two-column layout; a header set beside a photo or contact block does not.
        return new Result(lines, pageGutter is null ? 1 : 2, icons);
    }

    /// <summary>Runs of rows separated by more than the usual line spacing.</summary>
    private static IEnumerable<List<PdfTextRow>> Blocks(List<PdfTextRow> rows)
    {
        var blockGap = 1.5 * MedianGap(rows);
        var block = new List<PdfTextRow>();
        foreach (var row in rows)
        {
            if (block.Count > 0 && block[^1].Baseline - row.Baseline > blockGap)
            {
                yield return block;
                block = [];
            }

            block.Add(row);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    private static double MedianGap(List<PdfTextRow> rows)
    {
        if (rows.Count < 2)
        {
            return double.MaxValue;
        }

        var gaps = rows.Zip(rows.Skip(1), (upper, lower) => upper.Baseline - lower.Baseline).Order().ToList();
        return gaps[gaps.Count / 2];
    }

    private static string LineOf(PdfTextRow row, ref int icons)
    {
        var line = new StringBuilder();
        for (var i = 0; i < row.Words.Count; i++)
        {
            var text = row.Words[i].Text;
            if (IsLoneIcon(text, i + 1 < row.Words.Count ? row.Words[i + 1].Text : null))
            {
                icons++;
                continue;
            }

            // Word's Symbol bullets arrive as private-use code points.
            var word = IconGlyphs.IsBullet(text) && text[0] is >= '\uE000' and <= '\uF8FF' ? "•" : text;
            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        return line.ToString();
    }

    // Icon fonts without a telling name still betray themselves: one odd glyph just before a contact detail.
    private static bool IsLoneIcon(string text, string? next) =>
        text.Length == 1
        && !char.IsDigit(text[0])
        && !",;:|/&-–—·".Contains(text[0])
        && !IconGlyphs.IsBullet(text)
        && next is not null
        && LooksLikeContact(next);

    private static bool LooksLikeContact(string word) =>
        word.Contains('@')
        || (word.Length > 1 && word[0] is '+' or '(' && char.IsDigit(word[1]))
        || word.Contains("://", StringComparison.Ordinal)
        || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || word.Contains("linkedin", StringComparison.OrdinalIgnoreCase)
        || word.Contains("github", StringComparison.OrdinalIgnoreCase);
}
