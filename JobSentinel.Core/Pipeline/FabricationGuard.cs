using System.Text.RegularExpressions;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// Checks generated text against its sources (the resume and the STAR records): every number (years included),
/// employer, job title and degree it states must appear there. The target company and the posting's title may be
/// named (the letter is addressed to them) but give no licence to the posting's numbers.
/// </summary>
public sealed partial class FabricationGuard
{
    private readonly string _sources;
    private readonly HashSet<string> _numbers;
    private readonly string[] _targets;

    /// <param name="sources">The resume text and the STAR records' text.</param>
    /// <param name="targets">Names the text may use although the sources lack them: the target company, the posting's title.</param>
    public FabricationGuard(IEnumerable<string> sources, IEnumerable<string?> targets)
    {
        _sources = Fold(string.Join("\n", sources));
        _numbers = [.. NumberPattern().Matches(_sources).Select(m => NormalizeNumber(m.Value))];
        _targets = [.. targets.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => Fold(t!))];
    }

    /// <summary>What the text states that the sources do not; empty when it may be used.</summary>
    public IReadOnlyList<string> Check(string text)
    {
        List<string> problems = [];
        var folded = Fold(text);
        foreach (var number in NumberPattern().Matches(folded).Select(m => m.Value).Distinct())
        {
            if (!_numbers.Contains(NormalizeNumber(number)))
            {
                problems.Add($"number \"{number}\" is not in the resume or STAR records");
            }
        }

        foreach (Match match in EmployerPattern().Matches(text))
        {
            var employer = match.Groups["name"].Value.Trim().TrimEnd('.', '-');
            if (!Known(employer))
            {
                problems.Add($"employer or name \"{employer}\" is not in the resume or STAR records");
            }
        }

        foreach (Match match in TitlePattern().Matches(text))
        {
            var title = WithoutLeadingWords(match.Value.Trim());
            if (!Known(title))
            {
                problems.Add($"title \"{title}\" is not in the resume or STAR records");
            }
        }

        foreach (Match match in DegreePattern().Matches(text))
        {
            var degree = match.Value.Trim();
            if (!Known(degree))
            {
                problems.Add($"degree \"{degree}\" is not in the resume");
            }
        }

        return [.. problems.Distinct()];
    }

    private bool Known(string phrase)
    {
        var folded = Fold(phrase);
        return _sources.Contains(folded, StringComparison.Ordinal) || _targets.Any(t => ContainsWords(t, folded) || ContainsWords(folded, t));
    }

    // Whole words only: "Acme Robotics Inc" may name the target "Acme Robotics", but "Google" is not the skill "Go".
    private static bool ContainsWords(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // "As Senior Engineer" → "Senior Engineer": capitalised words before the title are not part of it, but seniority is.
    private static string WithoutLeadingWords(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && !Seniority.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    private static readonly HashSet<string> Seniority = new(
        ["Senior", "Staff", "Lead", "Principal", "Junior", "Chief", "Head", "Associate", "Vice", "Executive"], StringComparer.Ordinal);

    private static string NormalizeNumber(string number) => number.Replace(",", "", StringComparison.Ordinal).TrimEnd('.');

    private static string Fold(string text) => WhitespacePattern().Replace(text.ToLowerInvariant().Replace('’', '\''), " ");

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    // "at Contoso", "with Fabrikam Analytics", "joined Acme": a capitalised name right after the word.
    [GeneratedRegex(@"\b(?i:at|for|with|joined)\s+(?<name>[A-Z][\w&.\-]*(?:\s+(?:(?!I\b)[A-Z][\w&.\-]*|&))*)")]
    private static partial Regex EmployerPattern();

    [GeneratedRegex(@"\b(?:(?:Senior|Staff|Lead|Principal|Junior|Chief|Head|Associate|Vice|Executive)\s+)*(?:[A-Z][A-Za-z+#.]*\s+){0,3}(?:Engineer|Developer|Manager|Director|Architect|Analyst|Scientist|Designer|Consultant|Administrator|Specialist|Officer|Intern|President|VP|CTO|CEO)s?\b")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\b(?:Bachelor|Master|Doctor|Doctorate|Ph\.?\s?D|MBA|B\.?Sc|M\.?Sc|B\.?A\.|M\.?A\.|B\.?S\.|M\.?S\.|B\.?Eng|M\.?Eng|Associate's|Diploma)\b(?:'s)?(?:\s+(?:of|in)\s+[A-Z][\w&]*(?:\s+[A-Z][\w&]*)*)*")]
    private static partial Regex DegreePattern();
}
