using JobSentinel.Core.Documents;
using static JobSentinel.Core.Resumes.AtsFinding;

namespace JobSentinel.Core.Resumes;

/// <summary>Checks of what an ATS must find to fill its form: readable text of a sensible length, headings, contact, dated roles, skills.</summary>
internal static class AtsStructureChecks
{
    private const int MinReadableWords = 50;
    private const int MinWords = 200;
    private const int MaxWordsOnePage = 1000;
    private const int MaxWordsTwoPages = 2000;
    private const int MaxPages = 2;
    private const int MinSkills = 5;

    public static void Length(ExtractedDocument document, int words, List<AtsFinding> findings)
    {
        if (words < MinReadableWords)
        {
            findings.Add(Of(AtsIssueCodes.UnreadableText, IssueSeverity.Critical, 40, AtsRiskArea.Content,
                $"Only {words} words could be read from the file: an ATS will see an almost empty resume.",
                "Export the resume as a text-based PDF or DOCX (not a scan or an image); check that you can select and copy its text."));
        }
        else if (words < MinWords)
        {
            findings.Add(Of(AtsIssueCodes.TooShort, IssueSeverity.Medium, 8, AtsRiskArea.Content,
                $"The resume has {words} words; fewer than {MinWords} rarely carries enough keywords to rank.",
                "Add achievements under each role, a short summary and a skills section; aim for 400–800 words."));
        }

        var pages = Math.Max(1, document.Layout.Pages);
        var limit = pages >= 2 ? MaxWordsTwoPages : MaxWordsOnePage;
        if (pages > MaxPages || words > limit)
        {
            findings.Add(Of(AtsIssueCodes.TooLong, IssueSeverity.Medium, 6, AtsRiskArea.Content,
                pages > MaxPages
                    ? $"The resume runs to {pages} pages; recruiters skim one or two."
                    : $"The resume has {words} words on {pages} page{(pages > 1 ? "s" : "")}; more than {limit} buries the strongest points.",
                "Cut to the last 10–15 years, drop duties in favour of results, and keep to two pages (one under 10 years of experience)."));
        }
    }

    public static void Headings(ParsedResume resume, List<AtsFinding> findings)
    {
        var names = resume.Sections.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        if (resume.Sections.All(s => s.Name == ResumeHeadings.Contact))
        {
            findings.Add(Of(AtsIssueCodes.NoSectionHeadings, IssueSeverity.Critical, 25, AtsRiskArea.Headings,
                "No section headings were found, so an ATS cannot tell experience from education or skills.",
                "Give each part a standard heading on its own line: Summary, Experience, Education, Skills."));
            return;
        }

        if (!names.Contains(ResumeHeadings.Experience))
        {
            findings.Add(Of(AtsIssueCodes.MissingExperience, IssueSeverity.High, 12, AtsRiskArea.Headings,
                "No experience section was found; ATS fill the work-history form from it.",
                "Put your roles under a heading named “Experience” or “Work Experience”."));
        }

        if (!names.Contains(ResumeHeadings.Education))
        {
            findings.Add(Of(AtsIssueCodes.MissingEducation, IssueSeverity.Medium, 6, AtsRiskArea.Headings,
                "No education section was found; many ATS screen on degree requirements.",
                "Add an “Education” section (degree, school, year), even for a short course or certificate."));
        }

        if (!names.Contains(ResumeHeadings.Skills))
        {
            findings.Add(Of(AtsIssueCodes.MissingSkills, IssueSeverity.Medium, 6, AtsRiskArea.Headings,
                "No skills section was found; keyword searches lean on it.",
                "Add a “Skills” section listing the tools, languages and methods the job asks for."));
        }

        var unusual = resume.Sections
            .Where(s => s.Name == ResumeHeadings.Other && !ResumeHeadings.IsStandard(s.Heading))
            .Select(s => s.Heading)
            .ToList();
        if (unusual.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.NonStandardHeading, IssueSeverity.Low, Math.Min(6, 2 * unusual.Count), AtsRiskArea.Headings,
                $"ATS do not map the heading{(unusual.Count > 1 ? "s" : "")} {AtsText.List(unusual)} to a known section.",
                "Rename creative headings to standard ones (Experience, Projects, Education, Skills, Certifications, Awards)."));
        }
    }

    public static void Contact(ContactInfo contact, List<AtsFinding> findings)
    {
        if (string.IsNullOrEmpty(contact.Name))
        {
            findings.Add(Of(AtsIssueCodes.MissingName, IssueSeverity.High, 8, AtsRiskArea.Content,
                "No name was found at the top of the resume.",
                "Start the resume with your full name on its own line, in the body (not in a header, text box or image)."));
        }

        if (string.IsNullOrEmpty(contact.Email))
        {
            findings.Add(Of(AtsIssueCodes.MissingEmail, IssueSeverity.Critical, 12, AtsRiskArea.Content,
                "No email address was found; recruiters cannot reply and the ATS cannot create your profile.",
                "Add a professional email address under your name as plain text (name@example.com)."));
        }

        if (string.IsNullOrEmpty(contact.Phone))
        {
            findings.Add(Of(AtsIssueCodes.MissingPhone, IssueSeverity.Medium, 6, AtsRiskArea.Content,
                "No phone number was found.",
                "Add a phone number with its country code under your name, e.g. +1 415 555 0142."));
        }

        if (!contact.Links.Any(l => l.Contains("linkedin.", StringComparison.OrdinalIgnoreCase)))
        {
            findings.Add(Of(AtsIssueCodes.MissingLinkedIn, IssueSeverity.Low, 2, AtsRiskArea.Content,
                "No LinkedIn profile URL was found.",
                "Add your LinkedIn URL as text (linkedin.com/in/your-name), not only as an icon or hyperlink."));
        }

        if (string.IsNullOrEmpty(contact.Location))
        {
            findings.Add(Of(AtsIssueCodes.MissingLocation, IssueSeverity.Low, 2, AtsRiskArea.Content,
                "No location (city and state or country) was found; recruiters filter candidates by it.",
                "Add “City, ST” or “City, Country” next to your contact details (a full street address is not needed)."));
        }
    }

    public static void Dates(ParsedResume resume, List<AtsFinding> findings)
    {
        if (resume.Sections.Any(s => s.Name == ResumeHeadings.Experience) && resume.Roles.Count == 0)
        {
            findings.Add(Of(AtsIssueCodes.RolesNotDetected, IssueSeverity.High, 8, AtsRiskArea.Dates,
                "The experience section has no role an ATS can read: no job title line with dates was found.",
                "Start each role with “Job Title, Company” and its dates (“Jan 2020 – Present”) on the same or the next line."));
            return;
        }

        var undated = resume.Roles.Where(r => r.Start is null).Select(r => r.Title.Length > 0 ? r.Title : "(untitled role)").ToList();
        if (undated.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.RolesWithoutDates, IssueSeverity.Medium, Math.Min(8, 4 * undated.Count), AtsRiskArea.Dates,
                $"{AtsText.List(undated)} {(undated.Count > 1 ? "have" : "has")} no dates; ATS cannot count your experience without them.",
                "Give every role a start and end month, e.g. “Mar 2019 – Jun 2021” or “03/2019 – 06/2021”."));
        }

        var examples = new Dictionary<DateStyle, string>();
        foreach (var role in resume.Roles)
        {
            if (ResumeDates.FindRange(role.DateText) is { } range)
            {
                examples.TryAdd(range.Start.Style, range.Text);
                if (range.End is { } end)
                {
                    examples.TryAdd(end.Style, range.Text);
                }
            }
        }

        var monthStyles = examples.Keys.Where(s => s != DateStyle.YearOnly).ToList();
        if (monthStyles.Count > 1 || (monthStyles.Count == 1 && examples.ContainsKey(DateStyle.YearOnly)))
        {
            var severe = monthStyles.Count > 1;
            findings.Add(Of(AtsIssueCodes.InconsistentDateFormats, severe ? IssueSeverity.Medium : IssueSeverity.Low, severe ? 5 : 2, AtsRiskArea.Dates,
                $"Dates are written in different styles ({AtsText.List(examples.Values)}); parsers may misread some of them.",
                "Write every date the same way, e.g. “Jan 2020 – Present” or “01/2020 – Present” throughout."));
        }
        else if (monthStyles.Count == 0 && examples.ContainsKey(DateStyle.YearOnly))
        {
            findings.Add(Of(AtsIssueCodes.YearOnlyDates, IssueSeverity.Low, 2, AtsRiskArea.Dates,
                $"Roles are dated by year only ({AtsText.List(examples.Values, 2)}); ATS such as Workday ask for months.",
                "Add the months, e.g. “Mar 2017 – Present”, so that tenure is computed correctly."));
        }
    }

    public static void Skills(ParsedResume resume, List<AtsFinding> findings)
    {
        var count = resume.Skills.Count;
        if (count >= MinSkills)
        {
            return;
        }

        findings.Add(Of(AtsIssueCodes.FewSkills, count == 0 ? IssueSeverity.High : IssueSeverity.Medium, count == 0 ? 8 : 5, AtsRiskArea.Content,
            count == 0
                ? "No recognised skills were found; keyword searches will not surface the resume."
                : $"Only {count} recognised skill{(count > 1 ? "s" : "")} ({AtsText.List(resume.Skills.Select(s => s.Skill), 5)}) were found.",
            "List the tools, languages and methods you use by their common names (e.g. “PostgreSQL”, “Kubernetes”), in a skills section and in your bullets."));
    }
}
