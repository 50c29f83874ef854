using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>Words that tell a job title from a company name in a role's heading lines.</summary>
internal static partial class RoleText
{
    public static bool HasTitleWord(string text) => TitleWords().IsMatch(text);

    public static bool HasCompanyWord(string text) => CompanyWords().IsMatch(text);

    /// <summary>
    /// A line that reads like a heading of a role (title, company, place, dates) rather than prose: short, and most of
    /// its words capitalised.
    /// </summary>
    public static bool LooksLikeHeaderLine(string line)
    {
        if (line.Length > 110 || ResumeLines.IsBullet(line) || line.EndsWith('.'))
        {
            return false;
        }

        var words = 0;
        var capitalised = 0;
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var first = word.TrimStart('(', '"', '“', '\'');
            if (first.Length == 0 || !char.IsLetter(first[0]) || SmallWords().IsMatch(first))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(first[0]) ? 1 : 0;
        }

        return words is > 0 and <= 14 && capitalised >= words * 0.6;
    }

    [GeneratedRegex(
        @"\b(?:engineer|developer|programmer|manager|director|analyst|scientist|designer|consultant|architect|lead|intern|specialist|administrator|officer|coordinator|associate|assistant|head|vp|vice president|president|founder|co-founder|cto|ceo|cfo|coo|cio|technician|researcher|accountant|teacher|nurse|writer|editor|owner|representative|executive|advisor|adviser|strategist|supervisor|principal|sde|sre|devops|fellow|professor|lecturer|instructor|recruiter|marketer|attorney|paralegal|clerk|agent|operator|partner|contractor|freelancer|maintainer|tester|qa|product|sales|marketing|chef|technologist|mentor|tutor|trainee|apprentice|staff)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleWords();

    [GeneratedRegex(
        @"\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|technologies|technology|labs|solutions|group|systems|software|university|college|institute|bank|agency|studio|studios|partners|consulting|holdings|ventures|foundation|hospital)\b\.?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyWords();

    [GeneratedRegex(@"^(?:of|and|the|at|in|for|to|on|with|a|an|&|de|y)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallWords();
}
