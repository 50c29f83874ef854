using System.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace JobSentinel.Tests.Builders;

/// <summary>Small resumes and job descriptions written for the tests, as text, PDF and DOCX files.</summary>
public static class ResumeFiles
{
    public const string Text = """
        Jane Doe
        jane.doe@example.com | +1 415 555 0100 | San Francisco, CA | linkedin.com/in/janedoe

        SUMMARY
        Backend engineer building reliable services in Python and PostgreSQL.

        EXPERIENCE
        Senior Software Engineer, Acme Corp
        Jan 2020 – Dec 2023
        • Built Python APIs on PostgreSQL serving 2,000 requests per second
        • Reduced deployment time by 70% with Docker and Kubernetes
        Software Engineer, Globex
        Jun 2016 – Dec 2019
        • Developed React dashboards used by 300 analysts

        EDUCATION
        B.S. Computer Science, State University, 2016

        SKILLS
        Python, PostgreSQL, Docker, Kubernetes, React, JavaScript
        """;

    public const string JobDescription = """
        Backend Engineer
        Requirements
        - 3+ years of experience with Python and PostgreSQL
        - Docker and Kubernetes
        Nice to have
        - Go
        """;

    public static byte[] TextFile(string text = Text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text as a one-column PDF in Helvetica, one line per text line.</summary>
    public static byte[] Pdf(string text = Text)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in text.Split('\n'))
        {
            // Standard 14 fonts encode WinAnsi only: bullets and dashes outside it become ASCII.
            page.AddText(line.TrimEnd('\r').Replace('•', '-').Replace('–', '-'), 10, new PdfPoint(50, y), font);
            y -= 14;
        }

        return builder.Build();
    }

    /// <summary>The text as a DOCX, one paragraph per line.</summary>
    public static byte[] Docx(string text = Text) => TestDocx.WithParagraphs([.. text.Split('\n').Select(line => line.TrimEnd('\r'))]);

    /// <summary>A picture: what a photo renamed to .pdf is.</summary>
    public static byte[] Png() => TinyPng.Create();

    public static MultipartFormDataContent Form(byte[] content, string fileName, string field = "file") =>
        new() { { new ByteArrayContent(content), field, fileName } };
}
