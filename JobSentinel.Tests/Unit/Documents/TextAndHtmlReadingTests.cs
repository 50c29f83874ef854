using System.Text;
using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using Microsoft.Extensions.Options;
using Format = JobSentinel.Core.Documents.FileFormat;

namespace JobSentinel.Tests.Unit.Documents;

public sealed class TextAndHtmlReadingTests
{
    private static readonly DocumentReader Reader = new(Options.Create(new UploadsOptions()));

    [Fact]
    public void Read_HtmlWithScriptAndStyle_OnlyVisibleTextWithBlocksOnLines()
    {
        const string html = """
            <!DOCTYPE html><html><head><title>CV</title><style>p { color: red }</style></head>
            <body><script>alert('x')</script><h1>Jane Roe</h1><p>Staff <b>engineer</b> in Berlin</p>
            <ul><li>Go</li><li>Kubernetes</li></ul><table><tr><td>Python</td><td>8 years</td></tr></table>
            <img src="me.png"></body></html>
            """;

        var document = Reader.Read(Encoding.UTF8.GetBytes(html), "cv.html");

        Assert.Equal(Format.Html, document.Format);
        Assert.Equal("Jane Roe\n\nStaff engineer in Berlin\n\n• Go\n• Kubernetes\n\nPython\n8 years", document.Text);
        Assert.True(document.Layout.HasTables);
        Assert.True(document.Layout.HasImages);
    }

    [Fact]
    public void Read_HtmlFragmentNamedTxt_SniffedAsHtml()
    {
        var document = Reader.Read("<p>Jane Roe</p><p>Engineer &amp; mentor</p>"u8.ToArray(), "cv.txt");

        Assert.Equal(Format.Html, document.Format);
        Assert.Equal("Jane Roe\n\nEngineer & mentor", document.Text);
    }

    [Fact]
    public void Read_MarkdownByContent_HeadingsListsAndEmphasisReduced()
    {
        const string markdown = "# Jane Roe\r\n\r\n**Staff engineer** at [Acme](https://acme.example)\r\n\r\n## Skills\r\n- Go\r\n* my_snake_case tool\r\n";

        var document = Reader.Read(Encoding.UTF8.GetBytes(markdown), "cv.txt");

        Assert.Equal(Format.Markdown, document.Format);
        Assert.Equal("Jane Roe\n\nStaff engineer at Acme (https://acme.example)\n\nSkills\n• Go\n• my_snake_case tool", document.Text);
    }

    [Fact]
    public void Read_MarkdownByExtension_Markdown()
    {
        var document = Reader.Read("Jane Roe\nEngineer"u8.ToArray(), "cv.markdown");

        Assert.Equal(Format.Markdown, document.Format);
    }

    [Fact]
    public void Read_PlainTextWithMixedNewlines_NormalisedToLineFeeds()
    {
        var document = Reader.Read("\uFEFFJane Roe\r\nEngineer\rBerlin\n\n\n\nGo, C#"u8.ToArray(), "cv.txt");

        Assert.Equal(Format.Text, document.Format);
        Assert.Equal("Jane Roe\nEngineer\nBerlin\n\nGo, C#", document.Text);
        Assert.Equal(DocumentLayout.Plain, document.Layout);
    }
}
