using JobSentinel.Core.Documents;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// Scores how well applicant-tracking systems read a resume: 100 minus the penalty of every finding, clamped to 0–100.
/// </summary>
/// <remarks>
/// Penalties (points off 100; severity in brackets):
/// <list type="bullet">
/// <item>Text: unreadable, under 50 words 40 [critical]; under 200 words 8 [medium]; over 1,000 words on one page,
/// 2,000 on two, or more than two pages 6 [medium].</item>
/// <item>Headings: none at all 25 [critical]; no experience 12 [high]; no education 6, no skills 6 [medium];
/// each heading ATS do not map 2, at most 6 [low].</item>
/// <item>Contact: email 12 [critical]; name 8 [high]; phone 6 [medium]; LinkedIn 2, location 2 [low].</item>
/// <item>Roles and dates: experience with no readable role 8 [high]; each undated role 4, at most 8 [medium]; month
/// styles mixed ("Jan 2020" with "01/2020") 5 [medium], year-only mixed with months 2 [low]; year-only dates 2 [low].</item>
/// <item>Writing: roles without bullets 6 [medium]; each bullet over 30 words 2, at most 8; under 20 % of bullets with
/// a number 8 [medium], under 40 % 4 [low]; each weak opening ("Responsible for") 2, at most 8; one opening verb on
/// 30 %+ of bullets 2 [low]; first-person pronouns 3 + 1 each, at most 10 [medium]; each summary sentence over 35 words
/// 2, at most 4; each cliché 2, at most 6 [low].</item>
/// <item>Layout: columns 10, tables 8 [high]; header/footer text 5, images 4 [medium]; icon glyphs 2 (up to 3) or 4;
/// TXT/Markdown/HTML file 2 [low].</item>
/// <item>Skills: none recognised 8 [high]; fewer than 5 recognised 5 [medium].</item>
/// </list>
/// Per-ATS estimates weigh the same penalties by each parser's sensitivities (see <see cref="AtsSensitivities"/>).
/// </remarks>
public sealed class AtsAnalyzer
{
    public AtsReport Analyze(ExtractedDocument document, ParsedResume resume)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(resume);

        var words = AtsText.CountWords(document.Text);
        List<AtsFinding> findings = [];
        AtsStructureChecks.Length(document, words, findings);
        AtsStructureChecks.Headings(resume, findings);
        AtsStructureChecks.Contact(resume.Contact, findings);
        AtsStructureChecks.Dates(resume, findings);
        AtsWritingChecks.Bullets(resume, findings);
        AtsWritingChecks.Sentences(resume, findings);
        AtsWritingChecks.Voice(resume, findings);
        AtsLayoutChecks.Layout(document, findings);
        AtsStructureChecks.Skills(resume, findings);

        var ordered = findings.OrderBy(f => f.Issue.Severity).ThenByDescending(f => f.Penalty).ToList();
        var score = Math.Clamp(100 - ordered.Sum(f => f.Penalty), 0, 100);
        return new AtsReport(score, RatingFor(score), [.. ordered.Select(f => f.Issue)], AtsSensitivities.Estimate(ordered), words);
    }

    /// <summary>Excellent ≥ 90, Good ≥ 80, Fair ≥ 70, Poor ≥ 60, else Critical.</summary>
    public static AtsRating RatingFor(int score) => score switch
    {
        >= 90 => AtsRating.Excellent,
        >= 80 => AtsRating.Good,
        >= 70 => AtsRating.Fair,
        >= 60 => AtsRating.Poor,
        _ => AtsRating.Critical,
    };
}
