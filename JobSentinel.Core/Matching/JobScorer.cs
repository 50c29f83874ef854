namespace JobSentinel.Core.Matching;

/// <summary>
/// Scores a posting for a profile in [0,1], with the reasons a person reads. The product's rules:
/// <list type="bullet">
/// <item>Rejected (score 0, every factor 0, the one reason says why): a title blocklist term in the title,
/// an excluded keyword anywhere in the text, a blocked company (fuzzy, see <see cref="CompanyNames"/>), or a
/// stated salary whose yearly top is below the floor. Checked in that order.</item>
/// <item>Skills: 0.5 × title (1 when the allowlist is empty or one of its terms is in the title, else 0)
/// + 0.5 × keywords (each boost keyword weighs its learned multiplier, default 1; matching half the total
/// weight gives full marks; no keywords → 1; no titles and no keywords at all → 0.5). Synonyms count ("k8s" = "kubernetes") and a term is counted once.</item>
/// <item>Salary: the stated yearly midpoint ÷ the target (else the floor): ≥ 100 % → 1, ≥ 90 % → 0.9,
/// ≥ 80 % → 0.8, ≥ 70 % → 0.6, else 0.3; stated with neither target nor floor → 1; not stated → 0.5.</item>
/// <item>Location: remote and allowed → 1; hybrid or onsite and allowed → 1 when the profile names no places or
/// one matches, else 0.3; a workplace the profile does not allow → 0; workplace unknown → 0.8 when a place
/// matches, else 0.5.</item>
/// <item>Company: a preferred company (fuzzy) → 1, else 0.5.</item>
/// <item>Recency: 1 up to <see cref="MatchProfile.RecencyFullDays"/> old (future dates count as new),
/// linear to 0 at <see cref="MatchProfile.RecencyZeroDays"/>.</item>
/// <item>Score: Σ weight × factor ÷ Σ weights (0 when the weights sum to 0), rounded to 3 decimals.</item>
/// </list>
/// </summary>
public static class JobScorer
{
    private static readonly FactorScores NoFactors = new(0, 0, 0, 0, 0);
    private const string Rejected = "rejected";

    /// <summary>
    /// The score with its reasons; <paramref name="explain"/> false leaves the reasons out (the same score, much less
    /// work: rescoring every stored posting keeps only the scores).
    /// </summary>
    public static MatchResult Score(MatchProfile profile, PostingFeatures posting, ITermHits hits, DateTime utcNow, bool explain = true)
    {
        if (Rejection(profile, posting, hits, explain) is { } rejection)
        {
            return new MatchResult(0, true, [rejection], NoFactors, []);
        }

        var skills = SkillsFactor.Evaluate(profile, hits, explain);
        var salary = SalaryFactor.Evaluate(profile, posting, explain);
        var location = LocationFactor.Evaluate(profile, posting, explain);
        var company = CompanyNames.FirstMatch(posting, profile.PreferredCompanies) is not null
            ? new FactorValue(1, "preferred company")
            : new FactorValue(0.5, null);
        var recency = RecencyFactor.Evaluate(profile, posting.PostedAt, utcNow, explain);

        var weights = profile.Weights;
        var weighted = weights.Skills * skills.Value + weights.Salary * salary.Value + weights.Location * location.Value
            + weights.Company * company.Value + weights.Recency * recency.Value;
        var score = weights.Sum > 0 ? Math.Clamp(Round(weighted / weights.Sum), 0, 1) : 0;

        string[] reasons = explain ? [.. skills.Reasons, .. new[] { location.Reason, salary.Reason, company.Reason, recency.Reason }.OfType<string>()] : [];
        var factors = new FactorScores(Round(skills.Value), Round(salary.Value), Round(location.Value), Round(company.Value), Round(recency.Value));
        return new MatchResult(score, false, reasons, factors, skills.MatchedTerms);
    }

    private static string? Rejection(MatchProfile profile, PostingFeatures posting, ITermHits hits, bool explain)
    {
        if (Listed(profile.TitleBlocklist).FirstOrDefault(hits.InTitle) is { } blockedTitle)
        {
            return explain ? $"rejected: title contains '{blockedTitle}'" : Rejected;
        }

        if (Listed(profile.KeywordsExclude).FirstOrDefault(hits.InText) is { } excluded)
        {
            return explain ? $"rejected: mentions '{excluded}'" : Rejected;
        }

        if (CompanyNames.FirstMatch(posting, profile.BlockedCompanies) is { } company)
        {
            return explain ? $"rejected: blocked company '{company.Trim()}'" : Rejected;
        }

        var top = posting.SalaryAnnualMax ?? posting.SalaryAnnualMid;
        if (top < profile.SalaryFloor)
        {
            return !explain ? Rejected : $"rejected: salary {SalaryFactor.Money(top.Value, profile.Currency)} below your floor {SalaryFactor.Money(profile.SalaryFloor.Value, profile.Currency)}";
        }

        return null;
    }

    private static IEnumerable<string> Listed(IReadOnlyList<string> terms) =>
        terms.Where(term => !string.IsNullOrWhiteSpace(term)).Select(term => term.Trim());

    private static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
