using JobSentinel.Core.Documents;
using static JobSentinel.Core.Resumes.AtsFinding;

namespace JobSentinel.Core.Resumes;

/// <summary>Checks of the layout the extractor saw (columns, tables, images, icon fonts, header/footer) and of the file format.</summary>
internal static class AtsLayoutChecks
{
    private const int FewIconGlyphs = 3;

    public static void Layout(ExtractedDocument document, List<AtsFinding> findings)
    {
        var layout = document.Layout;
        if (layout.Columns >= 2)
        {
            findings.Add(Of(AtsIssueCodes.MultiColumnLayout, IssueSeverity.High, 10, AtsRiskArea.Layout,
                $"The resume is laid out in {layout.Columns} columns; older ATS (Taleo, iCIMS) read across them and mix the sections up.",
                "Use a single-column layout; put skills and contact details in the main column."));
        }

        if (layout.HasTables)
        {
            findings.Add(Of(AtsIssueCodes.Tables, IssueSeverity.High, 8, AtsRiskArea.Layout,
                "The resume uses tables; many ATS read table cells out of order or drop them.",
                "Replace tables with plain lines: “Job Title, Company — Jan 2020 – Present” and bullets below."));
        }

        if (layout.HasHeaderOrFooterText)
        {
            findings.Add(Of(AtsIssueCodes.HeaderFooterText, IssueSeverity.Medium, 5, AtsRiskArea.Layout,
                "Text sits in the page header or footer, which many ATS skip — often the name and contact details.",
                "Move everything from the header and footer into the body of the document."));
        }

        if (layout.HasImages)
        {
            findings.Add(Of(AtsIssueCodes.Images, IssueSeverity.Medium, 4, AtsRiskArea.Graphics,
                "The resume contains images (photo, logos or charts); ATS ignore them and any text inside them is lost.",
                "Remove photos, logos and skill bars; state skills and levels as text."));
        }

        if (layout.IconGlyphs > 0)
        {
            var few = layout.IconGlyphs <= FewIconGlyphs;
            findings.Add(Of(AtsIssueCodes.IconGlyphs, few ? IssueSeverity.Low : IssueSeverity.Medium, few ? 2 : 4, AtsRiskArea.Graphics,
                $"{layout.IconGlyphs} icon-font character{(layout.IconGlyphs > 1 ? "s" : "")} (phone, email or social icons) turn into stray symbols in ATS text.",
                "Replace icons with words or plain labels (“Phone:”, “Email:”, “LinkedIn:”)."));
        }

        if (document.Format is FileFormat.Text or FileFormat.Markdown or FileFormat.Html)
        {
            findings.Add(Of(AtsIssueCodes.RiskyFileFormat, IssueSeverity.Low, 2, AtsRiskArea.Layout,
                $"The resume is a {document.Format switch { FileFormat.Html => "HTML", FileFormat.Markdown => "Markdown", _ => "plain-text" }} file; many ATS upload forms refuse it or strip its formatting.",
                "Upload a DOCX or a text-based PDF."));
        }
    }
}
