using Bunit;
using JobSentinel.Core.Pipeline;
using JobSentinel.Tests.Builders;
using JobSentinel.Web.Components.Pages.Documents;

namespace JobSentinel.Tests.Components.Pages.Documents;

public sealed class DocumentEditorTests : DocumentsComponentTest
{
    [Fact]
    public async Task Render_ShowsSectionsProviderJobAndThePreview()
    {
        var id = await GeneratedDocuments.SeedCvAsync(Core);

        var editor = Render<DocumentEditor>(p => p.Add(e => e.Id, id));

        editor.WaitForAssertion(() => Assert.Contains("Template (no LLM)", editor.Find("[data-testid=document-provider]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Backend Engineer · Acme", editor.Find("[data-testid=document-job]").TextContent, StringComparison.Ordinal);
        var preview = editor.Find("[data-testid=document-preview]");
        Assert.Equal(["Summary", "Experience", "Skills", "Education"], preview.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Contains("Built Python APIs on PostgreSQL serving 2,000 requests per second", preview.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Empty(editor.FindAll("[data-testid=document-unsaved]"));
        Assert.True(editor.Find("[data-testid=document-save]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Edit_PreviewFollowsAtOnce_SaveStoresIt()
    {
        var id = await GeneratedDocuments.SeedCvAsync(Core);
        RenderProviders();
        var editor = Render<DocumentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForAssertion(() => editor.Find("[data-testid=document-preview]"));

        editor.Find("input[data-testid=section-heading-1]").Input("Work history");
        editor.Find("textarea[data-testid=section-text-1]").Input("- Shipped a billing system\nPlain paragraph");

        editor.WaitForAssertion(() =>
        {
            var preview = editor.Find("[data-testid=document-preview]");
            Assert.Contains("Work history", preview.QuerySelectorAll("h2").Select(h => h.TextContent));
            Assert.Contains("Shipped a billing system", preview.QuerySelectorAll("li").Select(li => li.TextContent));
        });
        Assert.NotEmpty(editor.FindAll("[data-testid=document-unsaved]"));

        await editor.Find("[data-testid=document-save]").ClickAsync(new());

        var saved = await Get<DocumentService>().GetAsync(id, CancellationToken.None);
        Assert.True(saved!.Edited);
        Assert.Equal("Work history", saved.Sections[1].Heading);
        Assert.Equal("- Shipped a billing system\nPlain paragraph", saved.Sections[1].Text);
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=document-unsaved]")));
        Assert.NotEmpty(editor.FindAll("[data-testid=document-edited]"));
    }

    [Fact]
    public async Task Save_SectionWithoutHeading_ShowsTheErrorAndStoresNothing()
    {
        var id = await GeneratedDocuments.SeedCvAsync(Core);
        var editor = Render<DocumentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForAssertion(() => editor.Find("[data-testid=document-preview]"));

        await editor.Find("[data-testid=document-add-section]").ClickAsync(new());
        editor.Find("input[data-testid=section-heading-4]").Input("");
        await editor.Find("[data-testid=document-save]").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Contains("sections[4].heading", editor.Find("[data-testid=document-errors]").TextContent, StringComparison.Ordinal));
        Assert.False((await Get<DocumentService>().GetAsync(id, CancellationToken.None))!.Edited);
    }

    [Fact]
    public async Task Restore_AfterConfirmation_PutsTheGeneratedSectionsBack()
    {
        var id = await GeneratedDocuments.SeedCvAsync(Core);
        await Get<DocumentService>().UpdateAsync(id, new DocumentEdit(null, [new DocumentSection("summary", "Edited", "Only this")]), CancellationToken.None);
        var (dialogs, _) = RenderProviders();
        var editor = Render<DocumentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForAssertion(() => Assert.Equal(["Edited"], Headings(editor)));

        editor.Find("[data-testid=document-restore]").Click(); // not awaited: the handler waits for the dialog
        dialogs.WaitForAssertion(() => Assert.Contains("generated version", dialogs.Find(".mud-dialog").TextContent, StringComparison.Ordinal));
        await dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Restore").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Equal(["Summary", "Experience", "Skills", "Education"], Headings(editor)));
        Assert.False((await Get<DocumentService>().GetAsync(id, CancellationToken.None))!.Edited);
        Assert.Empty(editor.FindAll("[data-testid=document-edited]"));
    }

    [Fact]
    public void UnknownDocument_SaysSo()
    {
        var editor = Render<DocumentEditor>(p => p.Add(e => e.Id, 404));

        editor.WaitForAssertion(() => Assert.Contains("no document with id 404", editor.Find("[data-testid=document-missing]").TextContent, StringComparison.Ordinal));
    }

    private static List<string> Headings(IRenderedComponent<DocumentEditor> editor) =>
        [.. editor.Find("[data-testid=document-preview]").QuerySelectorAll("h2").Select(h => h.TextContent)];
}
