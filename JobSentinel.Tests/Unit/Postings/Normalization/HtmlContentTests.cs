using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class HtmlContentTests
{
    [Theory]
    [InlineData("&lt;p&gt;Hello&lt;/p&gt;", "<p>Hello</p>")]
    [InlineData("&amp;lt;p&amp;gt;Hello&amp;lt;/p&amp;gt;", "<p>Hello</p>")]
    [InlineData("&amp;amp;lt;p&amp;amp;gt;Hi&amp;amp;lt;/p&amp;amp;gt;", "<p>Hi</p>")]
    [InlineData("&lt;p&gt;Fish &amp;amp; chips&lt;/p&gt;", "<p>Fish &amp; chips</p>")]
    [InlineData("&#60;ul&#62;&#60;li&#62;One&#60;/li&#62;&#60;/ul&#62;", "<ul><li>One</li></ul>")]
    public void DecodeEscaped_EscapedMarkup_DecodesUntilRealTags(string html, string expected)
    {
        Assert.Equal(expected, HtmlContent.DecodeEscaped(html));
    }

    [Theory]
    [InlineData("<p>Fish &amp; chips</p>")]
    [InlineData("<p>Use &lt;div&gt; for blocks</p><p>and &lt;span&gt; inline</p>")]
    [InlineData("Plain text with no markup")]
    [InlineData("Salary &gt; 100k &amp; equity")]
    [InlineData("")]
    public void DecodeEscaped_RealOrPlainText_IsLeftAlone(string html)
    {
        Assert.Equal(html, HtmlContent.DecodeEscaped(html));
    }

    [Fact]
    public void DecodeEscaped_Null_ReturnsNull()
    {
        Assert.Null(HtmlContent.DecodeEscaped(null));
    }

    [Fact]
    public void DecodeEscaped_EscapedFourTimes_StopsAfterThreeRounds()
    {
        Assert.Equal("&lt;p&gt;", HtmlContent.DecodeEscaped("&amp;amp;amp;lt;p&amp;amp;amp;gt;"));
    }

    [Fact]
    public void DecodeEscaped_GreenhouseCapture_GivesRealTags()
    {
        Assert.All(BoardCaptures.GreenhouseJobs(), job =>
        {
            var html = HtmlContent.DecodeEscaped(job.Content)!;

            Assert.StartsWith("<div class=\"content-intro\"><p>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DecodeEscaped_ArbeitnowEscapedDescriptions_GiveRealTags()
    {
        var escaped = BoardCaptures.ArbeitnowJobs().Where(job => job.Description.StartsWith("&lt;p&gt;", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, escaped.Count);
        Assert.All(escaped, job =>
        {
            var html = HtmlContent.DecodeEscaped(job.Description)!;

            Assert.StartsWith("<p><strong>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("&lt;p&gt;", html, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DecodeEscaped_ArbeitnowRealHtml_IsLeftAlone()
    {
        var real = BoardCaptures.ArbeitnowJobs().Where(job => job.Description.StartsWith("<p>", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(real);
        Assert.All(real, job => Assert.Equal(job.Description, HtmlContent.DecodeEscaped(job.Description)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script><p>ok</p>", "<script")]
    [InlineData("<script>alert(1)</script><p>ok</p>", "alert")]
    [InlineData("<img src=x onerror=alert(1)><p>ok</p>", "<img")]
    [InlineData("<img src=x onerror=alert(1)><p>ok</p>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">ok</a>", "javascript")]
    [InlineData("<a href=\"jav&#x09;ascript:alert(1)\">ok</a>", "ascript")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">ok</a>", "data:")]
    [InlineData("<svg onload=alert(1)><circle/></svg><p>ok</p>", "svg")]
    [InlineData("<svg onload=alert(1)><circle/></svg><p>ok</p>", "onload")]
    [InlineData("<div style=\"width: expression(alert(1))\">ok</div>", "expression")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">ok</div>", "style")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">ok</p>", "onclick")]
    [InlineData("<p onclick=\"alert(1)\" onmouseover=\"alert(2)\">ok</p>", "onmouseover")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>ok</p>", "iframe")]
    [InlineData("<form action=\"https://evil.example\"><input name=q><button>go</button></form><p>ok</p>", "<form")]
    [InlineData("<form action=\"https://evil.example\"><input name=q><button>go</button></form><p>ok</p>", "input")]
    [InlineData("<style>p { color: red }</style><p>ok</p>", "color")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\"><p>ok</p>", "swf")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>ok</p>", "onerror")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript><p>ok</p>", "onerror")]
    [InlineData("<p class=\"x\" id=\"y\">ok</p>", "class")]
    [InlineData("<p class=\"x\" id=\"y\">ok</p>", "id=")]
    [InlineData("<img src=\"https://tracker.example/pixel.gif\"><p>ok</p>", "tracker")]
    public void Sanitize_UntrustedInput_RemovesTheDangerousPart(string html, string mustNotContain)
    {
        var sanitized = HtmlContent.Sanitize(html);

        Assert.DoesNotContain(mustNotContain, sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ok", sanitized, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>a</p>")]
    [InlineData("<p>a<br>b</p>")]
    [InlineData("<ul><li>a</li></ul>")]
    [InlineData("<ol><li>a</li></ol>")]
    [InlineData("<p><strong>a</strong><b>b</b><em>c</em><i>d</i><u>e</u></p>")]
    [InlineData("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>")]
    [InlineData("<blockquote>a</blockquote>")]
    [InlineData("<pre><code>a</code></pre>")]
    [InlineData("<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>")]
    [InlineData("<hr>")]
    [InlineData("<div><span>a</span></div>")]
    public void Sanitize_ReadableStructure_IsKept(string html)
    {
        Assert.Equal(html, HtmlContent.Sanitize(html));
    }

    [Theory]
    [InlineData("https://example.com/jobs")]
    [InlineData("http://example.com/jobs")]
    [InlineData("mailto:jobs@example.com")]
    public void Sanitize_LinkWithAllowedScheme_KeepsHrefAndOpensSafely(string href)
    {
        var sanitized = HtmlContent.Sanitize($"<a href=\"{href}\">apply</a>");

        Assert.Equal($"<a href=\"{href}\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">apply</a>", sanitized);
    }

    [Fact]
    public void Sanitize_RelativeLink_LosesItsHref()
    {
        Assert.DoesNotContain("href", HtmlContent.Sanitize("<a href=\"/apply\">apply</a>"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_UnknownWrapper_KeepsItsText()
    {
        Assert.Equal("<p>kept text</p>", HtmlContent.Sanitize("<p><font color=\"red\">kept</font> <small>text</small></p>"));
    }

    [Fact]
    public void Sanitize_ManyThreadsAtOnce_GiveTheSameResult()
    {
        const string html = "<div style=\"color:red\"><p>Hi <a href=\"https://example.com\">there</a></p><script>x()</script><ul><li>a</li></ul></div>";
        var expected = HtmlContent.Sanitize(html);
        var results = new string[256];

        Parallel.For(0, results.Length, i => results[i] = HtmlContent.Sanitize(html));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Sanitize_UpperCaseTags_ComeOutInLowerCase()
    {
        Assert.Equal("<p><strong>Bold</strong> <em>x</em></p><br>", HtmlContent.Sanitize("<P><STRONG>Bold</Strong> <Em>x</eM></P><BR>"));
    }

    [Fact]
    public void Sanitize_AfterALargeDocument_TheNextOneStartsClean()
    {
        var large = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"<p>Paragraph {i}</p>"));

        Assert.EndsWith("<p>Paragraph 19999</p>", HtmlContent.Sanitize(large), StringComparison.Ordinal);
        Assert.Equal("<p>small</p>", HtmlContent.Sanitize("<p>small"));
        Assert.Equal("<ul><li>again</li></ul>", HtmlContent.Sanitize("<ul><li>again"));
    }

    [Fact]
    public void Sanitize_Empty_ReturnsEmpty()
    {
        Assert.Equal("", HtmlContent.Sanitize(""));
    }

    [Fact]
    public void Sanitize_RemotiveInlineStyledCapture_DropsStylesAndKeepsText()
    {
        var html = BoardCaptures.RemotiveJob(2091074).GetProperty("description").GetString()!;

        var sanitized = HtmlContent.Sanitize(html);

        Assert.True(html.Length > 30_000 && html.Contains("style=", StringComparison.Ordinal));
        Assert.DoesNotContain("style=", sanitized, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", sanitized, StringComparison.Ordinal);
        Assert.Contains("The estimated hourly earnings for this role are 14 USD per hour.", HtmlContent.ToText(sanitized), StringComparison.Ordinal);
        Assert.Equal(HtmlContent.ToText(html), HtmlContent.ToText(sanitized));
    }

    [Theory]
    [InlineData("<p>One</p><p>Two</p>", "One\n\nTwo")]
    [InlineData("<h2>Title</h2>Text", "Title\n\nText")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("<div>a</div><div>b</div>", "a\nb")]
    [InlineData("<ul><li>One</li><li>Two</li></ul>", "- One\n- Two")]
    [InlineData("<p>Intro</p><ul><li> One </li></ul><p>End</p>", "Intro\n\n- One\n\nEnd")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc")]
    [InlineData("<p>Fish &amp; chips &lt;3 &quot;q&quot; &#39;s&#39; &rsquo; &eacute; &#8364; &#x1F600;</p>", "Fish & chips <3 \"q\" 's' ’ é € 😀")]
    [InlineData("<p>a&nbsp;&nbsp;b</p>", "a b")]
    [InlineData("<p>  lots   of \t\n spaces  </p>", "lots of spaces")]
    [InlineData("a<br><br><br><br>b", "a\n\nb")]
    [InlineData("<p>a</p><p></p><p></p><p>b</p>", "a\n\nb")]
    [InlineData("<p>ok</p><script>var x = '<p>no</p>';</script><style>p{}</style>", "ok")]
    [InlineData("<p>a<!-- hidden <p>no</p> --> b</p>", "a b")]
    [InlineData("x < y and y > z", "x < y and y > z")]
    [InlineData("AT&T &unknown; &", "AT&T &unknown; &")]
    [InlineData("<p>cut off <a href=\"https://exa", "cut off")]
    [InlineData("<p title='a > b'>quoted</p>", "quoted")]
    [InlineData("<pre>line 1\nline 2</pre>", "line 1\nline 2")]
    [InlineData("Plain\ntext\n\n\n\nlines", "Plain\ntext\n\nlines")]
    [InlineData("<b>bold</b><i>italic</i>", "bolditalic")]
    [InlineData("soft\u00ADhy\u200Bphen\uFEFF word\u3000wide\u2028line\u00A0end", "softhyphen word wide line end")]
    [InlineData("<p>Über straße, naïve café</p>", "Über straße, naïve café")]
    [InlineData("", "")]
    public void ToText_Html_GivesReadablePlainText(string html, string expected)
    {
        Assert.Equal(expected, HtmlContent.ToText(html));
    }

    [Fact]
    public void ToText_LargeDocument_KeepsEveryParagraph()
    {
        var html = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"<p style=\"margin: 0px\">Paragraph {i}</p>"));

        var lines = HtmlContent.ToText(html).Split("\n\n");

        Assert.Equal(5_000, lines.Length);
        Assert.Equal("Paragraph 4999", lines[^1]);
    }

    [Theory]
    [InlineData("don\u00e2\u0080\u0099t", "don’t")]
    [InlineData("donâ€™t", "don’t")]
    [InlineData("Ã©tÃ©", "été")]
    [InlineData("MÃ¼nchen", "München")]
    [InlineData("â€œquotedâ€\u009d", "“quoted”")]
    [InlineData("nice-to-haveâ€”itâ€™s", "nice-to-have—it’s")]
    [InlineData("etcâ€¦", "etc…")]
    [InlineData("Â£45,000", "£45,000")]
    [InlineData("donÃ¢â‚¬â„¢t", "don’t")]
    public void RepairMojibake_Utf8ReadAsLatin1_IsRepaired(string text, string expected)
    {
        Assert.Equal(expected, HtmlContent.RepairMojibake(text));
    }

    [Theory]
    [InlineData("SÃO PAULO and NÃO are Portuguese")]
    [InlineData("Trabalho em SÃO PAULO, CORAÇÃO da cidade")]
    [InlineData("café, naïve, façade, Müller, Zürich, Ærøskøbing")]
    [InlineData("Price: £45 – “quoted” — it’s fine…")]
    [InlineData("ÖSTERREICH ° Grad")]
    [InlineData("")]
    [InlineData("plain ascii")]
    public void RepairMojibake_CorrectText_IsUnchanged(string text)
    {
        Assert.Equal(text, HtmlContent.RepairMojibake(text));
    }

    [Fact]
    public void RepairMojibake_RemoteOkCapture_FixesTheApostrophes()
    {
        var repaired = BoardCaptures.RemoteOkDescriptions().Select(HtmlContent.RepairMojibake).ToList();

        Assert.Contains(repaired, text => text.Contains("don’t", StringComparison.Ordinal));
        Assert.All(repaired, text => Assert.DoesNotContain("â\u0080", text, StringComparison.Ordinal));
    }

    [Fact]
    public void ContentHash_SameInput_GivesTheSameValue()
    {
        Assert.Equal(HtmlContent.ContentHash("<p>a</p>", "b", "c"), HtmlContent.ContentHash("<p>a</p>", "b", "c"));
    }

    [Fact]
    public void ContentHash_KnownInput_StaysStableAcrossReleases()
    {
        // Stored beside sanitized descriptions: a change here re-sanitizes every posting once.
        Assert.Equal(PinnedHash, HtmlContent.ContentHash("<p>Hello</p>", "Acme"));
    }

    [Theory]
    [InlineData("a", null, "b", null)]
    [InlineData("ab", null, "a", "b")]
    [InlineData("", null, null, null)]
    [InlineData("a", "", "a", null)]
    [InlineData("<p>a</p>", null, "<p>b</p>", null)]
    public void ContentHash_DifferentParts_GiveDifferentValues(string? a1, string? b1, string? a2, string? b2)
    {
        Assert.NotEqual(HtmlContent.ContentHash(a1, b1), HtmlContent.ContentHash(a2, b2));
    }

    [Fact]
    public void ContentHash_LargeInput_DependsOnEveryPart()
    {
        var large = new string('x', 100_000);

        Assert.NotEqual(HtmlContent.ContentHash(large), HtmlContent.ContentHash(large + "y"));
    }

    private const ulong PinnedHash = 11609308251570935328;
}
