using UglyToad.PdfPig.Content;

namespace JobSentinel.Core.Documents;

/// <summary>Words of a page that share a baseline, left to right.</summary>
internal sealed class PdfTextRow(double baseline, double height)
{
    public List<Word> Words { get; } = [];

    public double Baseline { get; } = baseline;

    public double Height { get; private set; } = height;

    public static double HeightOf(Word word) => Math.Max(word.BoundingBox.Height, 1);

    public static double BaselineOf(Word word) => word.Letters[0].StartBaseLine.Y;

    /// <summary>Groups words into rows, top of the page first.</summary>
    public static List<PdfTextRow> Group(IEnumerable<Word> words)
    {
        var rows = new List<PdfTextRow>();
        PdfTextRow? current = null;
        foreach (var word in words.OrderByDescending(BaselineOf))
        {
            var height = HeightOf(word);
            if (current is null || current.Baseline - BaselineOf(word) > 0.4 * Math.Max(current.Height, height))
            {
                current = new PdfTextRow(BaselineOf(word), height);
                rows.Add(current);
            }

            current.Words.Add(word);
            current.Height = Math.Max(current.Height, height);
        }

        foreach (var row in rows)
        {
            row.Words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }

        return rows;
    }

    public bool Crosses(double from, double to) =>
        Words.Any(word => word.BoundingBox.Left < to && word.BoundingBox.Right > from);

    public bool HasWordsLeftOf(double x) => Words.Any(word => word.BoundingBox.Right <= x);

    public bool HasWordsRightOf(double x) => Words.Any(word => word.BoundingBox.Left >= x);

    /// <summary>The part of the row on one side of a column gutter.</summary>
    public PdfTextRow Side(double gutter, bool left)
    {
        var side = new PdfTextRow(Baseline, Height);
        side.Words.AddRange(Words.Where(word => left ? word.BoundingBox.Right <= gutter : word.BoundingBox.Left >= gutter));
        return side;
    }
}
