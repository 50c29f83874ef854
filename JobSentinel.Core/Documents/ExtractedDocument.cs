namespace JobSentinel.Core.Documents;

/// <summary>
/// The text of a document in reading order, one line per visual line, blank lines between blocks; icon
/// glyphs are removed from <see cref="Text"/> (and counted in <see cref="DocumentLayout.IconGlyphs"/>).
/// </summary>
public sealed record ExtractedDocument(FileFormat Format, string Text, DocumentLayout Layout);
