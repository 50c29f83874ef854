using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// The section headings resumes use and the canonical <see cref="ResumeSection.Name"/> each maps to. Headings are
/// compared after folding case, '&amp;' to "and" and punctuation away, so "EDUCATION &amp; TRAINING:" = "Education and Training".
/// </summary>
internal static class ResumeHeadings
{
    public const string Contact = "contact";
    public const string Summary = "summary";
    public const string Experience = "experience";
    public const string Education = "education";
    public const string Skills = "skills";
    public const string Projects = "projects";
    public const string Other = "other";

    private const int MaxHeadingLength = 50;

    private static readonly SearchValues<char> NotInHeadings =
        SearchValues.Create("0123456789.,;!?@()|•+#\"“”");

    private static readonly FrozenSet<string> SmallWords =
        FrozenSet.ToFrozenSet(["of", "and", "the", "at", "in", "for", "to", "on", "with", "&"], StringComparer.Ordinal);

    private static readonly (string Name, string[] Variants)[] Known =
    [
        (Summary, ["summary", "professional summary", "career summary", "executive summary", "profile", "professional profile",
            "career profile", "personal profile", "about", "about me", "objective", "career objective", "professional objective",
            "overview", "introduction", "personal statement", "summary of qualifications", "qualifications summary",
            "career highlights", "highlights"]),
        (Experience, ["experience", "work experience", "professional experience", "employment", "employment history",
            "work history", "career history", "relevant experience", "professional background", "professional history",
            "experience history", "internships", "internship experience", "industry experience", "work", "positions held",
            "relevant work experience", "professional employment"]),
        (Education, ["education", "academic background", "academics", "education and training", "educational background",
            "academic qualifications", "education history", "educational qualifications", "relevant coursework", "coursework",
            "academic history", "training and education"]),
        (Skills, ["skills", "technical skills", "core competencies", "competencies", "key skills", "areas of expertise",
            "expertise", "skills and abilities", "technologies", "technical proficiencies", "proficiencies", "tech stack",
            "technical expertise", "skill set", "skillset", "core skills", "professional skills", "hard skills", "soft skills",
            "skills and expertise", "tools and technologies", "tools", "technical competencies", "key competencies", "qualifications"]),
        (Projects, ["projects", "personal projects", "key projects", "selected projects", "academic projects", "side projects",
            "open source", "open source contributions", "notable projects", "project experience"]),
        ("certifications", ["certifications", "certificates", "certification", "licenses", "licences", "licenses and certifications",
            "certifications and licenses", "credentials", "professional certifications", "accreditations",
            "courses and certifications", "certifications and training", "professional development", "training", "courses"]),
        ("awards", ["awards", "honors", "honours", "awards and honors", "honors and awards", "achievements", "accomplishments",
            "recognition", "awards and achievements", "scholarships"]),
        ("publications", ["publications", "papers", "research", "research and publications", "patents", "presentations",
            "talks", "conference talks", "selected publications"]),
        ("languages", ["languages", "language skills", "spoken languages", "language proficiency"]),
        ("volunteer", ["volunteering", "volunteer", "volunteer experience", "volunteer work", "community service",
            "community involvement", "extracurricular activities", "extracurriculars", "activities", "leadership and activities"]),
        ("interests", ["interests", "hobbies", "hobbies and interests", "personal interests", "interests and hobbies"]),
        (Contact, ["contact", "contact information", "contact details", "contact info", "links", "personal information",
            "personal details", "online profiles"]),

        // Standard headings every ATS maps, with no canonical section of their own.
        (Other, ["references", "additional information", "affiliations", "memberships", "professional affiliations",
            "professional memberships"]),
    ];

    private static readonly FrozenDictionary<string, string> ByKey = Known
        .SelectMany(entry => entry.Variants.Select(variant => (Key: Key(variant), entry.Name)))
        .ToFrozenDictionary(entry => entry.Key, entry => entry.Name, StringComparer.Ordinal);

    /// <summary>The canonical name of a heading line ("Work History:" → experience), or null when it is no known heading.</summary>
    public static string? Match(string line)
    {
        if (line.Length > MaxHeadingLength || line.Length < 3)
        {
            return null;
        }

        var key = Key(line);
        if (key.Length == 0 || key.Count(c => c == ' ') > 5)
        {
            return null;
        }

        if (ByKey.TryGetValue(key, out var name))
        {
            return name;
        }

        // "Skills & Awards", "Education / Certifications": the first part names the section when both parts are headings.
        var andAt = key.IndexOf(" and ", StringComparison.Ordinal);
        if (andAt > 0 && ByKey.TryGetValue(key[..andAt], out name) && ByKey.ContainsKey(key[(andAt + 5)..]))
        {
            return name;
        }

        var slash = line.IndexOf('/');
        return slash > 0 && ByKey.TryGetValue(Key(line[..slash]), out name) && ByKey.ContainsKey(Key(line[(slash + 1)..])) ? name : null;
    }

    /// <summary>Whether ATS parsers map this heading: it is known, even if its section has no canonical name.</summary>
    public static bool IsStandard(string heading) => Match(heading) is not null;

    /// <summary>
    /// A line that reads as a heading nobody standardised ("MY JOURNEY", "Things I Built"): short, no digits or
    /// sentence punctuation, ALL CAPS — or Title Case when it stands alone between blank lines.
    /// </summary>
    public static bool LooksLikeUnknownHeading(string line, bool standsAlone)
    {
        if (line.Length < 4 || line.Length > 35 || line.AsSpan().IndexOfAny(NotInHeadings) >= 0)
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 4 || line.Count(char.IsLetter) < 4)
        {
            return false;
        }

        var allCaps = line.All(c => !char.IsLetter(c) || char.IsUpper(c));
        var titleCase = words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || SmallWords.Contains(w));
        return allCaps || (titleCase && standsAlone);
    }

    /// <summary>"Skills: Python, SQL" → the heading and what follows it, when the part before the colon is a known heading.</summary>
    public static (string Name, string Heading, string Content)? MatchInline(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 3 || colon > 30 || colon == line.Length - 1)
        {
            return null;
        }

        var heading = line[..colon].Trim();
        return Match(heading) is { } name ? (name, heading, line[(colon + 1)..].Trim()) : null;
    }

    private static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var letterSpaced = IsLetterSpaced(text);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                builder.Append(" and ");
            }
            else if (!letterSpaced && (char.IsWhiteSpace(c) || c is '/' or '-' or ','))
            {
                builder.Append(' ');
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    // "E X P E R I E N C E": designers space the letters of a heading out.
    private static bool IsLetterSpaced(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 4 && parts.All(p => p.Length == 1);
    }
}
