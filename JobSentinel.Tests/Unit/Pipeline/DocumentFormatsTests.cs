using JobSentinel.Core.Pipeline;

namespace JobSentinel.Tests.Unit.Pipeline;

public sealed class DocumentFormatsTests
{
    private static readonly DocumentSection[] Sections =
    [
        new("summary", "Summary", "Backend engineer.\nLikes <b>queues</b> & logs."),
        new("experience", "Experience", "Acme — Engineer\n- Cut latency by 40%\n- Built the <script>alert(1)</script> parser\n\nSecond paragraph."),
    ];

    [Fact]
    public void Markdown_HasTitleHeadingsBulletsAndParagraphs()
    {
        var markdown = DocumentFormats.ToMarkdown("Jane Doe", Sections);

        Assert.Equal(
            "# Jane Doe\n\n## Summary\n\nBackend engineer.\nLikes <b>queues</b> & logs.\n\n## Experience\n\nAcme — Engineer\n\n- Cut latency by 40%\n- Built the <script>alert(1)</script> parser\n\nSecond paragraph.\n",
            markdown.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Html_EncodesText_AndMakesLists()
    {
        var html = DocumentFormats.ToHtmlBody("Jane <Doe>", Sections);

        Assert.Contains("<h1>Jane &lt;Doe&gt;</h1>", html);
        Assert.Contains("<ul><li>Cut latency by 40%</li><li>Built the &lt;script&gt;alert(1)&lt;/script&gt; parser</li></ul>", html);
        Assert.Contains("<p>Backend engineer.<br>Likes &lt;b&gt;queues&lt;/b&gt; &amp; logs.</p>", html);
        Assert.DoesNotContain("<script>", html);
    }
}
