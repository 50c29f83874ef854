using System.Text;
using System.Text.Json;
using JobSentinel.Core.Achievements;
using JobSentinel.Core.Matching;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Deterministic tailoring: reorders and selects the resume's own content toward the posting's skills. Employers,
/// titles, dates and degrees are copied as written; nothing is added that the resume or an accepted STAR record
/// does not say.
/// </summary>
public sealed class CvTailor(SkillTaxonomy taxonomy)
{
    public const int MaxBulletsPerRole = 6;
    public const int MinBulletsPerRole = 2;
    public const int MinBulletsRecentRole = 3;
    public const int MaxBulletsOlderRole = 3;
    private const int RecentRoles = 2;

    /// <summary>The tailored CV's sections (contact, summary, skills, experience, education and certifications as written).</summary>
    public IReadOnlyList<DocumentSection> Tailor(TailoringInput input, string? summary = null)
    {
        var resume = input.Resume;
        List<DocumentSection> sections = [];
        var contact = string.Join(" | ", new[] { resume.Contact.Email, resume.Contact.Phone, resume.Contact.Location }
            .Concat(resume.Contact.Links).Where(v => !string.IsNullOrWhiteSpace(v)));
        if (contact.Length > 0)
        {
            sections.Add(new DocumentSection("contact", "", contact));
        }

        sections.Add(new DocumentSection("summary", "Summary", summary ?? TemplateSummary(input)));
        var skills = OrderedSkills(input);
        if (skills.Count > 0)
        {
            sections.Add(new DocumentSection("skills", "Skills", string.Join(", ", skills)));
        }

        if (resume.Roles.Count > 0)
        {
            sections.Add(new DocumentSection("experience", "Experience", Experience(input)));
        }

        foreach (var name in new[] { "education", "certifications" })
        {
            foreach (var section in resume.Sections.Where(s => s.Name == name && !string.IsNullOrWhiteSpace(s.Text)))
            {
                sections.Add(new DocumentSection(name, section.Heading, section.Text.Trim()));
            }
        }

        return sections;
    }

    /// <summary>The resume's skills, the posting's first (in the posting's order), then the rest as the resume lists them.</summary>
    public static IReadOnlyList<string> OrderedSkills(TailoringInput input)
    {
        var resumeSkills = input.Resume.Skills.Select(s => s.Skill).Distinct(StringComparer.Ordinal).ToList();
        var have = resumeSkills.ToHashSet(StringComparer.Ordinal);
        return [.. input.JobSkills.Where(have.Contains).Distinct(StringComparer.Ordinal).Concat(resumeSkills).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The posting's skills the resume has.</summary>
    public static IReadOnlyList<string> MatchedSkills(TailoringInput input)
    {
        var have = input.Resume.Skills.Select(s => s.Skill).ToHashSet(StringComparer.Ordinal);
        return [.. input.JobSkills.Where(have.Contains).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A summary aimed at the posting from the resume's facts only: the latest title, the matched skills, and the
    /// resume's own summary as written.
    /// </summary>
    public static string TemplateSummary(TailoringInput input)
    {
        var text = new StringBuilder();
        var skills = OrderedSkills(input).Take(5).ToList();
        var title = input.RecentTitle ?? "Professional";
        text.Append(title);
        text.Append(skills.Count > 0 ? $" with hands-on experience in {JoinWords(skills)}." : ".");
        var own = input.Resume.Sections.FirstOrDefault(s => s.Name == "summary")?.Text.Trim();
        if (!string.IsNullOrWhiteSpace(own))
        {
            text.Append(' ').Append(string.Join(" ", own.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));
        }

        text.Append($" Interested in the {input.JobTitle} role at {input.Company}.");
        return text.ToString();
    }

    /// <summary>
    /// The achievements that fit the posting best, best first, each with where it happened ("Title, Company"): the
    /// roles' bullets and STAR records, and the STAR records that belong to no role of the resume.
    /// </summary>
    public IReadOnlyList<(string Text, string? Where)> BestAchievements(TailoringInput input, int count)
    {
        var jobSkills = input.JobSkills.ToHashSet(StringComparer.Ordinal);
        var unattached = input.Stars.Where(s => !input.Resume.Roles.Any(r => BelongsTo(s, r)) && StarText(s) is not null)
            .Select(s => (Text: StarText(s)!, Score: Score(StarText(s)!, Skills(s), jobSkills), Where: Where(s.Role, s.Company)));
        return [.. input.Resume.Roles.SelectMany(role => RankedBullets(input, role).Select(b => (b.Text, b.Score, Where: Where(role.Title, role.Company))))
            .Concat(unattached)
            .OrderByDescending(b => b.Score).ThenByDescending(b => b.Text.Any(char.IsAsciiDigit))
            .Take(count).Select(b => (b.Text, b.Where))];
    }

    /// <summary>A STAR record as one line: "Action – result", or whichever of the two (else the title) it has.</summary>
    public static string? StarText(StarRecord star)
    {
        var action = star.Action.Trim().TrimEnd('.');
        var result = star.Result.Trim().TrimEnd('.');
        return (action.Length, result.Length) switch
        {
            (> 0, > 0) => $"{action} – {LowerFirst(result)}",
            (> 0, _) => action,
            (_, > 0) => result,
            _ => string.IsNullOrWhiteSpace(star.Title) ? null : star.Title.Trim(),
        };
    }

    private static string? Where(string? title, string? company) =>
        string.Join(", ", new[] { title, company }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim())) is { Length: > 0 } where ? where : null;

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private string Experience(TailoringInput input)
    {
        var text = new StringBuilder();
        for (var i = 0; i < input.Resume.Roles.Count; i++)
        {
            var role = input.Resume.Roles[i];
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(role.Title);
            if (!string.IsNullOrWhiteSpace(role.Company))
            {
                text.Append(", ").Append(role.Company);
            }

            if (!string.IsNullOrWhiteSpace(role.DateText))
            {
                text.Append(" | ").Append(role.DateText);
            }

            var ranked = RankedBullets(input, role);
            var (min, max) = i < RecentRoles ? (MinBulletsRecentRole, MaxBulletsPerRole) : (MinBulletsPerRole, MaxBulletsOlderRole);
            var keep = Math.Min(max, Math.Max(min, ranked.Count(b => b.Score > 0)));
            foreach (var bullet in ranked.Take(keep))
            {
                text.Append("\n- ").Append(bullet.Text);
            }
        }

        return text.ToString();
    }

    /// <summary>The role's bullets and the STAR results that belong to it, by overlap with the posting's skills (stable).</summary>
    private List<(string Text, int Score)> RankedBullets(TailoringInput input, ResumeRole role)
    {
        var jobSkills = input.JobSkills.ToHashSet(StringComparer.Ordinal);
        List<(string Text, int Score, int Order)> bullets = [.. role.Bullets.Select((b, i) => (Clean(b), Score(b, [], jobSkills), i))];
        var order = bullets.Count;
        foreach (var star in input.Stars.Where(s => BelongsTo(s, role)))
        {
            var result = StarText(star);
            if (result is null || bullets.Any(b => Same(b.Text, result) || (star.SourceText is { } source && Same(b.Text, source))))
            {
                continue;
            }

            bullets.Add((result, Score(result, Skills(star), jobSkills), order++));
        }

        return [.. bullets.OrderByDescending(b => b.Score).ThenBy(b => b.Order).Select(b => (b.Text, b.Score))];
    }

    private int Score(string text, IEnumerable<string> tagged, HashSet<string> jobSkills) =>
        taxonomy.FindIn(text).Select(m => m.Skill).Concat(tagged.Select(t => taxonomy.Find(t)?.Name ?? t))
            .Distinct(StringComparer.Ordinal).Count(jobSkills.Contains);

    private static IEnumerable<string> Skills(StarRecord star)
    {
        try
        {
            return JsonSerializer.Deserialize<List<string>>(star.SkillsJson) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static bool BelongsTo(StarRecord star, ResumeRole role) =>
        !string.IsNullOrWhiteSpace(star.Company) && !string.IsNullOrWhiteSpace(role.Company)
        && CompanyNames.Normalize(star.Company) == CompanyNames.Normalize(role.Company)
        && (string.IsNullOrWhiteSpace(star.Role) || string.Equals(star.Role.Trim(), role.Title.Trim(), StringComparison.OrdinalIgnoreCase));

    private static bool Same(string a, string b)
    {
        var (x, y) = (Fold(a), Fold(b));
        return x.Length > 0 && y.Length > 0 && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    private static string Fold(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Clean(string bullet) => bullet.TrimStart('•', '-', '*', '–', ' ').Trim();

    public static string JoinWords(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
