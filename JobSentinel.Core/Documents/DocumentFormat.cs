namespace JobSentinel.Core.Documents;

/// <summary>The formats resumes and job descriptions are read from, recognised by content, not by name.</summary>
public enum DocumentFormat
{
    Pdf,
    Docx,
    Text,
    Markdown,
    Html,
}
