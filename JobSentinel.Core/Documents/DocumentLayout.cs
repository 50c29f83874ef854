namespace JobSentinel.Core.Documents;

/// <summary>
/// What the extractor saw of a document's layout, for the ATS report's format risks.
/// </summary>
/// <param name="Pages">Pages of a PDF; 1 for the other formats.</param>
/// <param name="Columns">Most text columns found on a page (2 for a two-column CV).</param>
/// <param name="HasTables">Tables (DOCX/HTML tables, or PDF ruled grids).</param>
/// <param name="HasImages">Embedded images.</param>
/// <param name="IconGlyphs">Characters from icon fonts or private-use code points that ATS parsers turn into noise.</param>
/// <param name="HasHeaderOrFooterText">DOCX header/footer parts with text (many ATS skip them).</param>
public sealed record DocumentLayout(int Pages, int Columns, bool HasTables, bool HasImages, int IconGlyphs, bool HasHeaderOrFooterText)
{
    public static DocumentLayout Plain { get; } = new(1, 1, false, false, 0, false);
}
