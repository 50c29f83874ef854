using System.Text.RegularExpressions;
using static JobSentinel.Core.Resumes.AtsFinding;

namespace JobSentinel.Core.Resumes;

/// <summary>Checks of how the resume is written: bullet and sentence length, numbers, verbs, pronouns and clichés.</summary>
internal static partial class AtsWritingChecks
{
    private const int MaxBulletWords = 30;
    private const int MaxSentenceWords = 35;
    private const int MinBulletsForRatios = 3;

    private const string StrongVerbs =
        "Led, Built, Designed, Launched, Delivered, Reduced, Increased, Automated, Optimized, Negotiated, Streamlined, Mentored, Resolved, Spearheaded";

    public static void Bullets(ParsedResume resume, List<AtsFinding> findings)
    {
        var bullets = resume.Roles.SelectMany(r => r.Bullets).ToList();
        if (resume.Roles.Count > 0 && bullets.Count == 0)
        {
            findings.Add(Of(AtsIssueCodes.NoAchievementBullets, IssueSeverity.Medium, 6, AtsRiskArea.Content,
                "The roles have no description: only titles and dates were found.",
                "Add 3–5 bullets per recent role, each an achievement: what you did, how, and the result."));
            return;
        }

        var tooLong = bullets.Where(b => AtsText.CountWords(b) > MaxBulletWords).ToList();
        if (tooLong.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.LongBullets, tooLong.Count >= 3 ? IssueSeverity.Medium : IssueSeverity.Low,
                Math.Min(8, 2 * tooLong.Count), AtsRiskArea.Content,
                $"{tooLong.Count} bullet{(tooLong.Count > 1 ? "s run" : " runs")} over {MaxBulletWords} words, e.g. {AtsText.Quote(tooLong[0])} ({AtsText.CountWords(tooLong[0])} words).",
                $"Keep each bullet to one or two lines (under {MaxBulletWords} words): lead with the result, cut filler such as “in order to”."));
        }

        if (bullets.Count >= MinBulletsForRatios)
        {
            var measured = bullets.Count(b => Metric().IsMatch(b));
            var share = (double)measured / bullets.Count;
            if (share < 0.4)
            {
                findings.Add(Of(AtsIssueCodes.FewMeasurableResults, share < 0.2 ? IssueSeverity.Medium : IssueSeverity.Low, share < 0.2 ? 8 : 4,
                    AtsRiskArea.Content,
                    $"Only {measured} of {bullets.Count} experience bullets show a number, percentage or amount.",
                    "Add metrics to your achievements: how much, how many, how fast (“cut page load by 40%”, “served 2M users”, “saved $120K a year”)."));
            }
        }

        var weak = bullets.Where(b => WeakOpening().IsMatch(b)).ToList();
        if (weak.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.WeakActionVerbs, weak.Count >= 3 ? IssueSeverity.Medium : IssueSeverity.Low,
                Math.Min(8, 2 * weak.Count), AtsRiskArea.Content,
                $"{weak.Count} bullet{(weak.Count > 1 ? "s start" : " starts")} with a weak phrase, e.g. {AtsText.Quote(weak[0], 6)}.",
                $"Start each bullet with a strong action verb in the past tense: {StrongVerbs}."));
        }

        var repeated = bullets
            .Select(b => FirstWord().Match(b).Value.ToLowerInvariant())
            .Where(w => w.Length > 2)
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (repeated is not null && repeated.Count() >= 4 && repeated.Count() * 10 >= bullets.Count * 3)
        {
            findings.Add(Of(AtsIssueCodes.RepeatedActionVerbs, IssueSeverity.Low, 2, AtsRiskArea.Content,
                $"{repeated.Count()} of {bullets.Count} bullets start with “{repeated.Key}”.",
                $"Vary the opening verbs to show range: {StrongVerbs}."));
        }
    }

    public static void Sentences(ParsedResume resume, List<AtsFinding> findings)
    {
        var prose = resume.Sections.Where(s => s.Name == ResumeHeadings.Summary).Select(s => s.Text.Replace('\n', ' '));
        var tooLong = prose
            .SelectMany(p => SentenceBreak().Split(p))
            .Where(s => AtsText.CountWords(s) > MaxSentenceWords)
            .ToList();
        if (tooLong.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.LongSentences, IssueSeverity.Low, Math.Min(4, 2 * tooLong.Count), AtsRiskArea.Content,
                $"{tooLong.Count} summary sentence{(tooLong.Count > 1 ? "s run" : " runs")} over {MaxSentenceWords} words, e.g. {AtsText.Quote(tooLong[0])}.",
                "Split long sentences; a summary reads best as 2–4 short sentences of 15–25 words."));
        }
    }

    public static void Voice(ParsedResume resume, List<AtsFinding> findings)
    {
        var body = resume.Sections.Where(s => s.Name != ResumeHeadings.Contact).Select(s => s.Text).ToList();
        var count = 0;
        string? example = null;
        foreach (var text in body)
        {
            var matches = FirstPerson().Matches(text);
            count += matches.Count;
            example ??= matches.Count > 0 ? Snippet(text, matches[0]) : null;
        }

        if (example is not null)
        {
            findings.Add(Of(AtsIssueCodes.FirstPersonPronouns, IssueSeverity.Medium, Math.Min(10, 3 + count), AtsRiskArea.Content,
                $"First-person pronouns (I, me, my) appear {count} time{(count > 1 ? "s" : "")}, e.g. “{example}”.",
                "Drop the pronouns and start with the verb: “I managed a team of 5” → “Managed a team of 5”."));
        }

        var cliches = body
            .SelectMany(t => Cliche().Matches(t))
            .Select(m => m.Value.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (cliches.Count > 0)
        {
            findings.Add(Of(AtsIssueCodes.Cliches, IssueSeverity.Low, Math.Min(6, 2 * cliches.Count), AtsRiskArea.Content,
                $"Clichés recruiters skip over: {AtsText.List(cliches, 5)}.",
                "Replace each cliché with evidence: instead of “team player”, name the team, what you shipped together and its result."));
        }
    }

    private static string Snippet(string text, Match match)
    {
        var start = Math.Max(0, match.Index - 30);
        var end = Math.Min(text.Length, match.Index + match.Length + 30);
        var snippet = text[start..end].Replace('\n', ' ').Trim();
        return (start > 0 ? "…" : "") + snippet + (end < text.Length ? "…" : "");
    }

    [GeneratedRegex(@"[\d%$€£¥]", RegexOptions.CultureInvariant)]
    private static partial Regex Metric();

    [GeneratedRegex(
        @"^(?:responsible\s+for|was\s+responsible|worked\s+on|working\s+on|helped|helping|assisted|assisting|duties\s+included|tasked\s+with|participated\s+in|in\s+charge\s+of|involved\s+in|handled)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakOpening();

    [GeneratedRegex(@"^\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    // "I" only before a lower-case word or a contraction, and not as a grade ("Engineer I at Netflix").
    [GeneratedRegex(
        @"(?<!\b(?:Engineer|Developer|Analyst|Scientist|Associate|Specialist|Manager|Consultant|Level|Tier|Grade|Phase|Part)\s)\bI(?=\s+[a-z]|['’][a-z])|\b(?:[Mm]y|[Mm]e|[Mm]yself|[Mm]ine)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(
        @"\b(?:team\s+player|hard[\s-]?work(?:er|ing)|go-?getter|detail[\s-]oriented|think(?:ing)?\s+outside\s+(?:of\s+)?the\s+box|out[\s-]of[\s-]the[\s-]box|synerg(?:y|ies|ize)|results[\s-]driven|results[\s-]oriented|self[\s-]starter|self[\s-]motivated|highly\s+motivated|proven\s+track\s+record|go-to\s+person|people\s+person|fast\s+learner|quick\s+learner|works?\s+well\s+under\s+pressure|rock\s?star|ninja|guru|best\s+of\s+breed|value[\s-]add(?:ed)?|strategic\s+thinker|excellent\s+communication\s+skills)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cliche();
}
