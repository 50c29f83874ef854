namespace JobSentinel.Core.Resumes;

/// <summary>A date range that a narrow date column wrapped over two lines, with the text each line carries beside it.</summary>
/// <param name="Text">The range joined back into one ("2017 – Present").</param>
/// <param name="Heading">What follows the range's start on its line: the role's title, company and place.</param>
/// <param name="Description">What follows the range's end on the next line: the start of the role's description, maybe empty.</param>
internal sealed record ColumnRange(string Text, string Heading, string Description);
