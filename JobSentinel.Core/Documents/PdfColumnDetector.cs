namespace JobSentinel.Core.Documents;

/// <summary>
/// Finds the vertical gutter of a two-column page: a band in the middle of the page that no word
/// crosses, with several rows of text on each side of it. Rows that do cross (a full-width name or
/// contact line) split the page into sections read one after the other.
/// </summary>
internal static class PdfColumnDetector
{
    /// <summary>
    /// The x of the gutter, or null when the rows read as one column. A page may have a few rows
    /// crossing the gutter (<paramref name="crossingShare"/>); a block of a page should have none.
    /// </summary>
    public static double? FindGutter(IReadOnlyList<PdfTextRow> rows, double pageWidth, int minRowsPerColumn, double crossingShare)
    {
        if (rows.Count < minRowsPerColumn)
        {
            return null;
        }

        var halfGap = Math.Max(5, pageWidth * 0.008);
        var bestCrossing = int.MaxValue;
        var bestStart = 0.0;
        var bestLength = 0.0;
        double? runStart = null;
        for (var x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 2)
        {
            var crossing = rows.Count(row => row.Crosses(x - halfGap, x + halfGap));
            if (crossing < bestCrossing)
            {
                (bestCrossing, bestStart, bestLength, runStart) = (crossing, x, 0, x);
            }
            else if (crossing == bestCrossing)
            {
                runStart ??= x;
                if (x - runStart.Value > bestLength)
                {
                    (bestStart, bestLength) = (runStart.Value, x - runStart.Value);
                }
            }
            else
            {
                runStart = null;
            }
        }

        // A single-column page has wrapped sentences through its middle on most rows.
        if (bestCrossing > rows.Count * crossingShare)
        {
            return null;
        }

        var gutter = bestStart + (bestLength / 2);
        return Sections(rows, gutter).Any(section => IsTwoColumns(section, gutter, minRowsPerColumn)) ? gutter : null;
    }

    /// <summary>Runs of rows between the rows that cross the gutter; a crossing row is a section of its own.</summary>
    public static IEnumerable<List<PdfTextRow>> Sections(IReadOnlyList<PdfTextRow> rows, double gutter)
    {
        var section = new List<PdfTextRow>();
        foreach (var row in rows)
        {
            if (row.Crosses(gutter - 1, gutter + 1))
            {
                if (section.Count > 0)
                {
                    yield return section;
                }

                yield return [row];
                section = [];
            }
            else
            {
                section.Add(row);
            }
        }

        if (section.Count > 0)
        {
            yield return section;
        }
    }

    /// <summary>
    /// Text on both sides of the gutter in several rows. When nearly every row has both sides it is a
    /// label/value table, which reads better row by row.
    /// </summary>
    public static bool IsTwoColumns(IReadOnlyList<PdfTextRow> section, double gutter, int minRowsPerColumn)
    {
        var left = section.Count(row => row.HasWordsLeftOf(gutter));
        var right = section.Count(row => row.HasWordsRightOf(gutter));
        var both = section.Count(row => row.HasWordsLeftOf(gutter) && row.HasWordsRightOf(gutter));
        return left >= minRowsPerColumn && right >= minRowsPerColumn && both < 0.9 * Math.Max(left, right);
    }
}
