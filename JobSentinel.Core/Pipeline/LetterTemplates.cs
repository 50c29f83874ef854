using System.Text;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// The deterministic cover letter and outreach note: greeting, why this company (from the research, without its
/// numbers), achievements quoted from the resume and STAR records, closing.
/// </summary>
public sealed class LetterTemplates(CvTailor tailor)
{
    public const int LetterAchievements = 3;

    public IReadOnlyList<DocumentSection> CoverLetter(TailoringInput input, CompanyProfile? research)
    {
        var name = input.Resume.Contact.Name;
        var matched = CvTailor.MatchedSkills(input).Take(4).ToList();
        var opening = new StringBuilder($"I am applying for the {input.JobTitle} role at {input.Company}.");
        if (WhyCompany(input, research) is { } why)
        {
            opening.Append(' ').Append(why);
        }

        var body = new StringBuilder();
        var achievements = tailor.BestAchievements(input, LetterAchievements);
        if (achievements.Count > 0)
        {
            body.Append(input.RecentTitle is { } title ? $"As {Article(title)} {title}, here is some of my most relevant work:" : "Some of my most relevant work:");
            foreach (var (text, where) in achievements)
            {
                body.Append("\n- ").Append(text.TrimEnd('.'));
                body.Append(where is null ? "" : $" ({where})");
            }
        }

        if (matched.Count > 0)
        {
            body.Append(body.Length > 0 ? "\n\n" : "").Append($"My experience with {CvTailor.JoinWords(matched)} matches what the role asks for.");
        }

        var closing = $"I would welcome the chance to talk about how I could contribute to {input.Company}.\n\nKind regards,\n{name ?? ""}".TrimEnd();
        List<DocumentSection> sections =
        [
            new("greeting", "", $"Dear {input.Company} hiring team,"),
            new("opening", "", opening.ToString()),
        ];
        if (body.Length > 0)
        {
            sections.Add(new("body", "", body.ToString()));
        }

        sections.Add(new("closing", "", closing));
        return sections;
    }

    public static IReadOnlyList<DocumentSection> Outreach(TailoringInput input)
    {
        var skills = CvTailor.MatchedSkills(input).Take(3).ToList();
        var who = input.Resume.Contact.Name is { } name ? $"I'm {name}" : "I'm";
        var what = input.RecentTitle is { } title ? $"{who}, {Article(title)} {title}" : who;
        var text = $"Hello {input.Company} hiring team,\n\n{what}{(skills.Count > 0 ? $" working with {CvTailor.JoinWords(skills)}" : "")}. "
            + $"I have applied for the {input.JobTitle} role and would value a short conversation about what the team needs most right now. "
            + "Would you have time for a brief call in the coming days?\n\n"
            + $"Thank you,\n{input.Resume.Contact.Name ?? ""}".TrimEnd();
        return [new DocumentSection("message", "", text)];
    }

    /// <summary>A sentence on why this company, from the research (departments, technologies shared with the resume); null without anything to say.</summary>
    private static string? WhyCompany(TailoringInput input, CompanyProfile? research)
    {
        if (research is null)
        {
            return null;
        }

        var mine = input.Resume.Skills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);
        var shared = research.Technologies.Where(mine.Contains).Take(3).ToList();
        if (shared.Count > 0)
        {
            return $"Your teams' work with {CvTailor.JoinWords(shared)} is close to what I do every day"
                + (research.Departments.Count > 0 ? $", and I would like to bring that to {research.Departments[0]}." : ".");
        }

        return research.Departments.Count > 0 ? $"The work of your {research.Departments[0]} team is what draws me to {input.Company}." : null;
    }

    private static string Article(string word) => "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";
}
