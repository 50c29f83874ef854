using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace JobSentinel.Tests.Builders;

/// <summary>Small PDFs drawn with PdfPig's builder, so the tests need no binary files.</summary>
public static class TestPdfs
{
    public const string Header = "Jane Roe, Staff Engineer, jane.roe@example.com, Berlin, Germany, open to remote work";

    public static readonly string[] MainColumn =
    [
        "Experience",
        "Staff engineer at Acme Payments since 2019",
        "Built the settlement service that moves money daily",
        "Cut reconciliation time from hours to minutes",
        "Mentored six engineers across two product teams",
        "Senior engineer at Globex from 2015 to 2019",
        "Moved the billing monolith to small services",
        "Ran the on-call rotation for the billing platform",
    ];

    public static readonly string[] SideColumn = ["Skills", "Python and Go", "Kubernetes on AWS", "PostgreSQL tuning"];

    /// <summary>The header, the main column, then the side column, all on one page in one column.</summary>
    public static byte[] OneColumn() => Build((page, font) =>
    {
        page.AddText(Header, 10, new PdfPoint(50, 780), font);
        var y = 740.0;
        foreach (var line in MainColumn.Concat(SideColumn))
        {
            page.AddText(line, 10, new PdfPoint(50, y), font);
            y -= 14;
        }
    });

    /// <summary>
    /// The same CV as <see cref="OneColumn"/> with a sidebar, drawn row by row across both columns so
    /// that content-stream order would mix the columns.
    /// </summary>
    public static byte[] TwoColumns() => Build((page, font) =>
    {
        page.AddText(Header, 10, new PdfPoint(50, 780), font);
        for (var row = 0; row < MainColumn.Length; row++)
        {
            page.AddText(MainColumn[row], 10, new PdfPoint(50, 740 - (row * 14)), font);
            if (row < SideColumn.Length)
            {
                page.AddText(SideColumn[row], 10, new PdfPoint(380, 742 - (row * 16)), font);
            }
        }
    });

    public static byte[] TwoPages()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        builder.AddPage(PageSize.A4).AddText("First page about distributed systems", 12, new PdfPoint(50, 700), font);
        builder.AddPage(PageSize.A4).AddText("Second page about team leadership", 12, new PdfPoint(50, 700), font);
        return builder.Build();
    }

    /// <summary>A scanned CV: one page holding only a picture.</summary>
    public static byte[] ImageOnly()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddPng(TinyPng.Create(), new PdfRectangle(50, 400, 550, 800));
        return builder.Build();
    }

    public static byte[] WithText(params string[] lines) => Build((page, font) =>
    {
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 10, new PdfPoint(50, 780 - (i * 14)), font);
        }
    });

    /// <summary>
    /// A PDF whose standard security handler does not accept the empty user password, i.e. one that
    /// needs a password to open. Written by hand: the builder cannot encrypt.
    /// </summary>
    public static byte[] PasswordProtected()
    {
        var hash = new string('A', 64);
        var id = "0123456789ABCDEF0123456789ABCDEF";
        var pdf = $"""
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
            4 0 obj << /Filter /Standard /V 1 /R 2 /O <{hash}> /U <{hash}> /P -4 >> endobj
            trailer << /Root 1 0 R /Size 5 /Encrypt 4 0 R /ID [<{id}><{id}>] >>
            %%EOF

            """;
        return Encoding.ASCII.GetBytes(pdf);
    }

    private static byte[] Build(Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        draw(builder.AddPage(PageSize.A4), font);
        return builder.Build();
    }
}
