using JobSentinel.Core.Alerts;
using JobSentinel.Tests.Builders;

namespace JobSentinel.Tests.Unit.Alerts;

public sealed class EmailContentTests
{
    [Fact]
    public void Build_OnePosting_SubjectNamesTitleCompanyAndScore()
    {
        var content = EmailContent.Build(AlertMessages.Immediate());

        Assert.Equal("New match: Senior Go Engineer at Acme (92%)", content.Subject);
    }

    [Theory]
    [InlineData(AlertMessageKind.Immediate, "5 new matches for Default")]
    [InlineData(AlertMessageKind.Digest, "Daily digest: 5 matches for Default")]
    [InlineData(AlertMessageKind.Test, "Test alert from JobSentinel")]
    public void Build_SeveralPostings_SubjectSaysWhatKind(AlertMessageKind kind, string subject)
    {
        var content = EmailContent.Build(AlertMessages.Message(kind, AlertMessages.Many(3), moreCount: 2));

        Assert.Equal(subject, content.Subject);
    }

    [Fact]
    public void Build_LineBreaksInTitle_KeepTheSubjectOnOneLine()
    {
        var content = EmailContent.Build(AlertMessages.Immediate(AlertMessages.Item(title: "Engineer\r\nBcc: victim@example.com")));

        Assert.DoesNotContain('\n', content.Subject);
        Assert.DoesNotContain('\r', content.Subject);
    }

    [Fact]
    public void Build_HtmlInPostingText_IsEncoded()
    {
        var item = AlertMessages.Item(title: "<script>alert(1)</script>", company: "Smith & \"Sons\"", reasons: ["matched: <b>go</b>"], salary: "<img src=x>");

        var html = EmailContent.Build(AlertMessages.Immediate(item)).HtmlBody;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Smith &amp; &quot;Sons&quot;", html, StringComparison.Ordinal);
        Assert.Contains("matched: &lt;b&gt;go&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Posting_LinksTitleToViewUrlAndOffersThePosting()
    {
        var html = EmailContent.Build(AlertMessages.Immediate()).HtmlBody;

        Assert.Contains($"<a href=\"{AlertMessages.ViewUrl}\" style=\"color:#2563eb;\"><strong>Senior Go Engineer</strong></a>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{AlertMessages.JobUrl}\" style=\"color:#2563eb;\">Open posting</a>", html, StringComparison.Ordinal);
        Assert.Contains("92%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UrlWithQuotes_CannotLeaveTheAttribute()
    {
        var html = EmailContent.Build(AlertMessages.Immediate(AlertMessages.Item(jobUrl: "https://boards.example/x?\"onmouseover=\"alert(1)"))).HtmlBody;

        Assert.Contains("href=\"https://boards.example/x?&quot;onmouseover=&quot;alert(1)\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_JavascriptPostingUrl_IsNotALink()
    {
        var content = EmailContent.Build(AlertMessages.Immediate(AlertMessages.Item(jobUrl: "javascript:alert(1)")));

        Assert.DoesNotContain("javascript:", content.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", content.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TextAlternative_ListsEveryPostingWithItsLinks()
    {
        var message = AlertMessages.Message(AlertMessageKind.Immediate, [AlertMessages.Item(), AlertMessages.Item(id: 7, title: "Staff SRE", viewUrl: "https://sentinel.example/jobs/7")], moreCount: 3);

        var text = EmailContent.Build(message).TextBody;

        Assert.Contains("* Senior Go Engineer (92%)\n  Acme · Berlin\n  EUR 90,000–110,000 / year\n  Why: matched: kubernetes, go; remote\n"
            + $"  View job: {AlertMessages.ViewUrl}\n  Posting: {AlertMessages.JobUrl}\n", text, StringComparison.Ordinal);
        Assert.Contains("* Staff SRE (92%)", text, StringComparison.Ordinal);
        Assert.Contains("View job: https://sentinel.example/jobs/7", text, StringComparison.Ordinal);
        Assert.Contains("…and 3 more", text, StringComparison.Ordinal);
        Assert.Contains("…and 3 more", EmailContent.Build(message).HtmlBody, StringComparison.Ordinal);
    }
}
