namespace JobSentinel.Core.Documents;

/// <summary>The file formats resumes and job descriptions are read from, recognised by content, not by name.</summary>
public enum FileFormat
{
    Pdf,
    Docx,
    Text,
    Markdown,
    Html,
}
