using System.Text.RegularExpressions;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;

namespace JobSentinel.Core.Achievements;

/// <summary>
/// Reads STAR suggestions out of resume bullets. A bullet is an achievement when it starts with an action verb
/// and states a result (a number, or an outcome word such as "reduced" or "revenue" after the verb). The bullet is
/// split into Action and Result at the words that introduce an outcome ("resulting in", "to achieve", "serving")
/// or, for bullets that lead with the outcome ("Reduced X by 70% with Y"), at the words that introduce the means.
/// A role without any such bullet still offers its strongest action bullets (most skills first, at most
/// <see cref="ActionOnlyPerRole"/>) with an empty Result for the user to fill in, so prose resumes get suggestions too.
/// Nothing is invented: every field is a piece of the bullet or of its role.
/// </summary>
public static partial class StarSuggester
{
    private const int MinWords = 4;
    private const int TitleLength = 90;
    public const int ActionOnlyPerRole = 2;

    /// <summary>Verbs that state an outcome by themselves ("Reduced", "Increased").</summary>
    private static readonly HashSet<string> ResultVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "reduced", "increased", "improved", "cut", "saved", "grew", "boosted", "decreased", "lowered", "raised", "doubled",
        "tripled", "halved", "accelerated", "shortened", "eliminated", "expanded", "generated", "lifted", "sped", "slashed",
        "achieved", "won", "exceeded", "minimized", "minimised", "maximized", "maximised",
    };

    private static readonly HashSet<string> ActionVerbs = new(ResultVerbs, StringComparer.OrdinalIgnoreCase)
    {
        "led", "built", "developed", "designed", "launched", "delivered", "migrated", "automated", "drove", "implemented",
        "created", "scaled", "optimized", "optimised", "streamlined", "architected", "managed", "mentored", "shipped",
        "introduced", "established", "spearheaded", "owned", "redesigned", "refactored", "negotiated", "rebuilt",
        "consolidated", "modernized", "modernised", "resolved", "deployed", "engineered", "coordinated", "headed", "directed",
        "oversaw", "founded", "pioneered", "transformed", "unified", "trained", "wrote", "authored", "initiated", "rolled",
        "replaced", "rewrote", "integrated", "standardized", "standardised", "hired", "organized", "organised", "ran",
        "executed", "produced", "secured", "restructured", "revamped", "overhauled", "simplified", "converted", "closed",
        "partnered", "collaborated", "analyzed", "analysed", "identified", "instituted", "championed", "enabled", "made",
    };

    /// <summary>Splits "Led X, resulting in Y" / "Led X to achieve Y by Z": the part after the connector is the result.</summary>
    [GeneratedRegex(@"^(?<action>.+?),?\s+(?:resulting in|which resulted in|leading to|which led to|to achieve|achieving|to reach|reaching|to deliver|so that)\s+(?<result>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultConnector();

    /// <summary>"..., which reduced X": the result keeps its verb.</summary>
    [GeneratedRegex(@"^(?<action>.+?),?\s+(?:which|that|and)\s+(?<result>(?:reduced|increased|improved|cut|saved|grew|boosted|decreased|lowered|raised|doubled|halved|eliminated|accelerated)\b.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResultClause();

    /// <summary>A participle that opens the outcome of something built ("serving 2,000 requests", "used by 300 analysts").</summary>
    [GeneratedRegex(@"^(?<action>.+?),?\s+(?<result>(?:serving|handling|used by|adopted by|supporting|saving|cutting|reducing|increasing|improving|boosting|generating|processing|lowering|raising)\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeParticiple();

    /// <summary>The means of an outcome-first bullet: "with Docker", "using Terraform", "by automating the build".</summary>
    [GeneratedRegex(@"^(?<result>.+?)\s+(?:(?<use>with|using|via)|(?<how>by\s+\w+ing\b|through))\s+(?<means>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Means();

    [GeneratedRegex(@"\s+by\s+(?=\w+ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ByGerund();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"\b(?:reduc\w*|increas\w*|improv\w*|sav(?:ed|ing|ings)|cut|grew|growth|faster|fewer|doubl\w*|tripl\w*|halv\w*|revenue|latency|uptime|costs?|conversion|retention|throughput|eliminat\w*|accelerat\w*|outage\w*|churn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();

    /// <summary>The suggestions of every bullet of every role, in resume order, each bullet once.</summary>
    public static IReadOnlyList<StarSuggestion> FromRoles(IEnumerable<ResumeRole> roles, SkillTaxonomy taxonomy)
    {
        List<StarSuggestion> suggestions = [];
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        foreach (var role in roles)
        {
            var achievements = role.Bullets.Select(b => FromBullet(b, role, taxonomy)).OfType<StarSuggestion>().ToList();
            if (achievements.Count == 0)
            {
                achievements = [.. role.Bullets.Select(Clean).Where(StartsWithActionVerb)
                    .Select(b => Suggest(b, role, taxonomy, action: b, result: ""))
                    .OrderByDescending(s => s.Skills.Count).Take(ActionOnlyPerRole)];
            }

            suggestions.AddRange(achievements.Where(s => seen.Add(s.SourceText)));
        }

        return suggestions;
    }

    /// <summary>A suggestion for one bullet, or null when it does not read as an achievement.</summary>
    public static StarSuggestion? FromBullet(string bullet, ResumeRole? role, SkillTaxonomy taxonomy)
    {
        var text = Clean(bullet);
        if (!IsAchievement(text))
        {
            return null;
        }

        var (action, result) = Split(text);
        return Suggest(text, role, taxonomy, action, result);
    }

    private static StarSuggestion Suggest(string text, ResumeRole? role, SkillTaxonomy taxonomy, string action, string result)
    {
        var skills = taxonomy.FindIn(text).Select(m => m.Skill).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var company = Blank(role?.Company);
        var title = Blank(role?.Title);
        var situation = (title, company) switch
        {
            ({ } t, { } c) => $"{t} at {c}",
            ({ } t, null) => t,
            (null, { } c) => $"At {c}",
            _ => "",
        };
        return new StarSuggestion(Shorten(text), situation, action, result, skills, company, title, text);
    }

    /// <summary>Starts with an action verb and states a result (a number, or an outcome word after the verb).</summary>
    public static bool IsAchievement(string bullet)
    {
        var text = Clean(bullet);
        if (!StartsWithActionVerb(text))
        {
            return false;
        }

        var words = text.Split(' ', 2);
        var rest = text[words[0].Length..];
        return Digit().IsMatch(text) || ResultWord().IsMatch(rest) || ResultVerbs.Contains(FirstWord(words[0]));
    }

    /// <summary>The bullet as Action and Result; Result is empty when no outcome can be told apart from the action.</summary>
    public static (string Action, string Result) Split(string bullet)
    {
        var text = Clean(bullet);
        if (ResultConnector().Match(text) is { Success: true } connected)
        {
            var action = connected.Groups["action"].Value;
            var result = connected.Groups["result"].Value;
            // "Led X to achieve Y by Z": "by Z" is how it was done.
            var how = ByGerund().Match(result);
            if (how.Success)
            {
                action += " " + result[how.Index..].Trim();
                result = result[..how.Index];
            }

            return (Sentence(action), Sentence(result));
        }

        if (ResultClause().Match(text) is { Success: true } clause)
        {
            return (Sentence(clause.Groups["action"].Value), Sentence(clause.Groups["result"].Value));
        }

        var words = text.Split(' ', 2);
        if (ResultVerbs.Contains(FirstWord(words[0])))
        {
            if (Means().Match(text) is { Success: true } means)
            {
                var tail = means.Groups["means"].Value;
                var action = means.Groups["use"].Success ? "Used " + tail : Sentence(means.Groups["how"].Value + " " + tail);
                return (Sentence(action), Sentence(means.Groups["result"].Value));
            }

            return ("", Sentence(text));
        }

        if (OutcomeParticiple().Match(text) is { Success: true } outcome)
        {
            return (Sentence(outcome.Groups["action"].Value), Sentence(outcome.Groups["result"].Value));
        }

        return (Sentence(text), "");
    }

    /// <summary>The bullet without its marker, extra spaces or final full stop.</summary>
    public static string Clean(string bullet)
    {
        var text = string.Join(' ', bullet.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        text = text.TrimStart('•', '-', '*', '–', '·', '▪', '◦', '‣', ' ');
        return text.TrimEnd('.', ';', ' ');
    }

    private static bool StartsWithActionVerb(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= MinWords && IsActionVerb(FirstWord(words[0]));
    }

    /// <summary>A past-tense action verb, or its present participle as current roles write it ("Developing").</summary>
    private static bool IsActionVerb(string word) =>
        ActionVerbs.Contains(word)
        || (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && (ActionVerbs.Contains(word[..^3] + "ed") || ActionVerbs.Contains(word[..^3] + "d")));

    private static string FirstWord(string word) => word.Trim(',', ':', ';', '.');

    private static string Sentence(string text)
    {
        text = text.Trim().TrimEnd(',', ';', '.').Trim();
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string Shorten(string text)
    {
        if (text.Length <= TitleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', TitleLength - 1);
        return text[..(cut > 20 ? cut : TitleLength - 1)].TrimEnd(',', ';', ' ') + "…";
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
