using System.Text;
using JobSentinel.Core.Sources.Ats;

namespace JobSentinel.Tests.Unit.Sources.Ats;

public sealed class HtmlPlainTextTests
{
    [Theory]
    [InlineData("<b>Type</b>Script", "TypeScript")]
    [InlineData("Line one<br>line two", "Line one line two")]
    [InlineData("<p>Salary&nbsp;&amp;\n  benefits</p>", "Salary & benefits")]
    [InlineData("Cut off <a href=", "Cut off")]
    public void PlainText_Fragment_DropsTagsDecodesEntitiesAndCollapsesWhitespace(string html, string expected) =>
        Assert.Equal(expected, HtmlPlainText.PlainText(html));

    [Fact]
    public void AppendListItemsAsLines_Items_BecomeOneLineEach()
    {
        var text = new StringBuilder();

        HtmlPlainText.AppendListItemsAsLines(text, "<li class=\"x\">Go</li>\n<li></li><li>Kubernetes <em>and</em> Helm</li>");

        Assert.Equal("Go\nKubernetes and Helm\n", text.ToString());
    }

    [Fact]
    public void AppendListItemsAsLines_NoItems_AppendsTheFragmentAsOneLine()
    {
        var text = new StringBuilder();

        HtmlPlainText.AppendListItemsAsLines(text, "<link rel=\"x\"><p>Just prose</p>");

        Assert.Equal("Just prose\n", text.ToString());
    }
}
