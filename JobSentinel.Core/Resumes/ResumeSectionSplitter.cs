using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Resumes;

/// <summary>Cuts a resume into sections at its headings; what comes before the first heading is the contact block.</summary>
internal static class ResumeSectionSplitter
{
    public static List<SectionLines> Split(IReadOnlyList<ResumeLine> lines, SkillTaxonomy taxonomy)
    {
        List<SectionLines> sections = [new(ResumeHeadings.Contact, "", [])];
        var sawHeading = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var current = sections[^1];
            if (ResumeLines.IsBullet(line.Text))
            {
                current.Lines.Add(line);
                continue;
            }

            if (ResumeHeadings.Match(line.Text) is { } name)
            {
                sections.Add(new SectionLines(name, line.Text.TrimEnd(':', ' '), []));
                sawHeading = true;
                continue;
            }

            // "Skills: Python, SQL" starts a section, except inside sections whose sub-labels read the same ("Languages: Go").
            if (current.Name is not (ResumeHeadings.Experience or ResumeHeadings.Projects or ResumeHeadings.Education or ResumeHeadings.Skills)
                && ResumeHeadings.MatchInline(line.Text) is { } inline
                && inline.Name != current.Name)
            {
                sections.Add(new SectionLines(inline.Name, inline.Heading, [new ResumeLine(inline.Content, false)]));
                sawHeading = true;
                continue;
            }

            // Unknown headings only count once the resume has shown it uses headings, and never inside the sections
            // whose own lines (job titles, project names, schools) look just like them.
            var standsAlone = line.BlankBefore && i + 1 < lines.Count && !lines[i + 1].BlankBefore;
            if (sawHeading
                && current.Name is not (ResumeHeadings.Experience or ResumeHeadings.Projects or ResumeHeadings.Education)
                && ResumeHeadings.LooksLikeUnknownHeading(line.Text, standsAlone)
                && taxonomy.FindIn(line.Text).Count == 0)
            {
                sections.Add(new SectionLines(ResumeHeadings.Other, line.Text.TrimEnd(':', ' '), []));
                continue;
            }

            current.Lines.Add(line);
        }

        return sections;
    }
}
