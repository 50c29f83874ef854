using JobSentinel.Core.Pipeline;

namespace JobSentinel.Web.Components.Pages.Documents;

/// <summary>One section in the editor, bound to its heading and text fields.</summary>
public sealed class EditableSection
{
    public string Name { get; set; } = "";

    public string Heading { get; set; } = "";

    public string Text { get; set; } = "";

    public DocumentSection ToSection() => new(Name, Heading.Trim(), Text.Replace("\r\n", "\n"));
}
