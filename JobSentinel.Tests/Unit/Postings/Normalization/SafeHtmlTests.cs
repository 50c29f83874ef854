using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

/// <summary>Inputs aimed at the tokenizer of the allowlist sanitizer itself.</summary>
public sealed class SafeHtmlTests
{
    [Theory]
    [InlineData("<scr<script>ipt>alert(1)</script><p>ok</p>", "<script")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT><p>ok</p>", "alert")]
    [InlineData("<script >alert(1)</script ><p>ok</p>", "alert")]
    [InlineData("<<script>alert(1)//<</script><p>ok</p>", "alert")]
    [InlineData("<a href=javascript:alert(1)>ok</a>", "javascript")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">ok</a>", "avascript")]
    [InlineData("<a href=\" javascript:alert(1)\">ok</a>", "javascript")]
    [InlineData("<a href=\"java\nscript:alert(1)\">ok</a>", "script")]
    [InlineData("<a title=\"x>y\" onclick=\"alert(1)\" href=\"https://a.example\">ok</a>", "onclick")]
    [InlineData("<p style=\"x\" onmouseover='alert(1)'>ok</p>", "alert")]
    [InlineData("<p>ok</p><img src=x onerror=alert(1)", "onerror")]
    [InlineData("<p>ok</p><a href=\"https://a.example", "a.example")]
    [InlineData("<!--<script>alert(1)</script>--><p>ok</p>", "alert")]
    [InlineData("<![CDATA[<script>alert(1)</script>]]><p>ok</p>", "<script")]
    [InlineData("<p>ok &lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script")]
    [InlineData("<td colspan=\"2 onmouseover=alert(1)\">ok</td>", "onmouseover")]
    [InlineData("<a href=\"https://a.example/\" onclick=alert(1)>ok</a>", "onclick")]
    [InlineData("<a href='https://a.example/\"><script>alert(1)</script>'>ok</a>", "<script")]
    public void Sanitize_TokenizerTricks_NeverYieldMarkup(string html, string mustNotContain)
    {
        var sanitized = HtmlContent.Sanitize(html);

        Assert.DoesNotContain(mustNotContain, sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ok", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_EncodedTagsInText_StayText()
    {
        Assert.Equal("<p>a &lt;b&gt; c &amp; d</p>", HtmlContent.Sanitize("<p>a &lt;b&gt; c &amp; d</p>"));
    }

    [Fact]
    public void Sanitize_UnclosedElements_AreClosedAtTheEnd()
    {
        Assert.Equal("<ul><li>a<li>b</li></li></ul>", HtmlContent.Sanitize("<ul><li>a<li>b"));
    }

    [Fact]
    public void Sanitize_StrayClosingTag_IsIgnored()
    {
        Assert.Equal("<p>a</p>b", HtmlContent.Sanitize("<p>a</div></p>b</span>"));
    }

    [Fact]
    public void Sanitize_LoneLessThan_IsEncodedText()
    {
        Assert.Equal("<p>5 &lt; 7 and 3 &lt;= 4</p>", HtmlContent.Sanitize("<p>5 < 7 and 3 <= 4</p>"));
    }

    [Fact]
    public void Sanitize_HrefIsAttributeEncoded()
    {
        Assert.Equal(
            "<a href=\"https://a.example/?x=1&amp;y=%22\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">ok</a>",
            HtmlContent.Sanitize("<a href=\"https://a.example/?x=1&amp;y=%22\">ok</a>"));
    }

    [Fact]
    public void Sanitize_TableSpans_KeepOnlyNumbers()
    {
        Assert.Equal("<table><tr><td colspan=\"2\">a</td><td>b</td></tr></table>",
            HtmlContent.Sanitize("<table><tr><td colspan=\"2\">a</td><td rowspan=\"x\">b</td></tr></table>"));
    }

    [Fact]
    public void Sanitize_NonAsciiText_IsKeptAsIs()
    {
        Assert.Equal("<p>Café – München 🙂</p>", HtmlContent.Sanitize("<p>Café – München 🙂</p>"));
    }
}
