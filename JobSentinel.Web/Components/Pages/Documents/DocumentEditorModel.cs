using JobSentinel.Core.Pipeline;

namespace JobSentinel.Web.Components.Pages.Documents;

/// <summary>
/// The editor's state without rendering: the title and sections being edited, the saved version they are compared
/// with (unsaved-change indicator) and the generated one (restore). The preview renders <see cref="Sections"/>.
/// </summary>
public sealed class DocumentEditorModel(DocumentDetail document)
{
    private DocumentDetail _saved = document;

    public string Title { get; set; } = document.Title;

    public List<EditableSection> Editing { get; private set; } = Editable(document.Sections);

    public DocumentDetail Saved => _saved;

    public IReadOnlyList<DocumentSection> Sections => [.. Editing.Select(s => s.ToSection())];

    /// <summary>The editor holds changes not saved yet.</summary>
    public bool IsDirty => Title.Trim() != _saved.Title || !Sections.SequenceEqual(_saved.Sections);

    /// <summary>What is saved differs from what was generated (restore would change something).</summary>
    public bool IsEdited => _saved.Edited;

    public string PreviewHtml => DocumentFormats.ToHtmlBody(Title, Sections);

    public DocumentEdit ToEdit() => new(Title, [.. Sections]);

    /// <summary>After a save or a restore: the editor starts again from what is stored.</summary>
    public void Reset(DocumentDetail saved)
    {
        _saved = saved;
        Title = saved.Title;
        Editing = Editable(saved.Sections);
    }

    public void Add() => Editing.Add(new EditableSection { Heading = "New section" });

    public void Remove(EditableSection section) => Editing.Remove(section);

    private static List<EditableSection> Editable(IReadOnlyList<DocumentSection> sections) =>
        [.. sections.Select(s => new EditableSection { Name = s.Name, Heading = s.Heading, Text = s.Text })];
}
