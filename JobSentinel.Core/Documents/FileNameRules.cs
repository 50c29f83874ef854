namespace JobSentinel.Core.Documents;

/// <summary>
/// What a file's extension promises. Text, Markdown and HTML names are interchangeable (people save
/// a resume as .txt that is really Markdown); a PDF or Word name must hold that format.
/// </summary>
internal static class FileNameRules
{
    private enum Family
    {
        Unknown,
        Pdf,
        Word,
        TextLike,
    }

    public static bool IsMarkdownName(string fileName) =>
        Extension(fileName) is ".md" or ".markdown";

    public static void EnsureNameMatches(string fileName, FileFormat format)
    {
        var named = FamilyOfName(fileName);
        var actual = FamilyOf(format);
        if (named != Family.Unknown && named != actual)
        {
            throw new DocumentRejectedException(
                DocumentRejection.UnsupportedType,
                $"'{fileName}' is named {Extension(fileName)} but its content is {Describe(actual)}: upload the original file or rename it.");
        }
    }

    /// <summary>Refuses a binary file whose name claims a supported format, saying what it looks like instead.</summary>
    public static string DescribeMismatch(string fileName, string looksLike) =>
        FamilyOfName(fileName) == Family.Unknown
            ? $"looks like {looksLike}"
            : $"is named {Extension(fileName)} but looks like {looksLike}";

    private static Family FamilyOfName(string fileName) => Extension(fileName) switch
    {
        ".pdf" => Family.Pdf,
        ".docx" => Family.Word,
        ".txt" or ".text" or ".md" or ".markdown" or ".html" or ".htm" => Family.TextLike,
        _ => Family.Unknown,
    };

    private static Family FamilyOf(FileFormat format) => format switch
    {
        FileFormat.Pdf => Family.Pdf,
        FileFormat.Docx => Family.Word,
        _ => Family.TextLike,
    };

    private static string Describe(Family family) => family switch
    {
        Family.Pdf => "a PDF",
        Family.Word => "a Word document",
        _ => "plain text",
    };

    private static string Extension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant();
}
