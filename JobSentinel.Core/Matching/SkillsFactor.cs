using System.Globalization;
using System.Runtime.CompilerServices;

namespace JobSentinel.Core.Matching;

/// <summary>
/// The skills factor: half title (the allowlist is empty or hit), half boost keywords, each weighing its
/// learned multiplier; covering half the total weight gives full marks. A profile with neither titles
/// nor keywords gets 0.5: it cannot tell a good fit from a bad one.
/// </summary>
internal static class SkillsFactor
{
    private const int MissingShown = 3;

    /// <summary>The factor of a profile that names no titles and no keywords: it says nothing about fit.</summary>
    public const double Unknown = 0.5;

    public static SkillsValue Evaluate(MatchProfile profile, ITermHits hits, bool explain = true)
    {
        List<string> reasons = [];
        var allowlist = Named(profile.TitleAllowlist);
        if (allowlist.Count == 0 && Named(profile.KeywordsBoost).Count == 0)
        {
            // Without titles or skills every posting would get full marks, and an empty profile would alert on everything.
            return new SkillsValue(Unknown, ["no titles or skills in the profile yet"], []);
        }

        // Rescoring asks this for every posting and profile: loops rather than LINQ.
        var titlePart = allowlist.Count == 0 ? 1.0 : 0.0;
        foreach (var (term, _) in allowlist)
        {
            if (hits.InTitle(term))
            {
                titlePart = 1.0;
                break;
            }
        }

        if (titlePart == 0 && explain)
        {
            reasons.Add("title matches none of: " + string.Join(", ", allowlist.Select(term => term.Name)));
        }

        List<(string Name, double Weight)> matched = [];
        List<string> missing = [];
        double totalWeight = 0, matchedWeight = 0;
        foreach (var (term, name) in Named(profile.KeywordsBoost))
        {
            var weight = Math.Max(0, profile.LearnedWeights.GetValueOrDefault(name, 1.0));
            totalWeight += weight;
            if (hits.InText(term))
            {
                matched.Add((name, weight));
                matchedWeight += weight;
            }
            else
            {
                missing.Add(name);
            }
        }

        var keywordPart = totalWeight <= 0 ? 1 : Math.Min(1, matchedWeight / (0.5 * totalWeight));

        if (matched.Count > 0 && explain)
        {
            reasons.Add("matched: " + string.Join(", ", matched.Select(keyword => keyword.Name + LearnedMark(keyword.Weight))));
        }

        if (missing.Count > 0 && explain)
        {
            var more = missing.Count > MissingShown ? $" +{missing.Count - MissingShown} more" : "";
            reasons.Add("missing: " + string.Join(", ", missing.Take(MissingShown)) + more);
        }

        return new SkillsValue(0.5 * titlePart + 0.5 * keywordPart, reasons, [.. matched.Select(keyword => keyword.Name)]);
    }

    // Terms with tokens, once per canonical name ("k8s" and "Kubernetes" are one term), in profile order;
    // worked out once per profile list, not once per posting (rescoring scores every posting).
    private static List<(string Term, string Name)> Named(IReadOnlyList<string> terms) =>
        NamedTerms.GetValue(terms, list =>
        [
            .. list.Select(term => (Term: term, Name: Synonyms.Canonical(term)))
                .Where(term => term.Name.Length > 0)
                .DistinctBy(term => term.Name),
        ]);

    private static readonly ConditionalWeakTable<IReadOnlyList<string>, List<(string Term, string Name)>> NamedTerms = [];

    private static string LearnedMark(double weight) => weight switch
    {
        > 1 => " (↑ learned ×" + weight.ToString("0.##", CultureInfo.InvariantCulture) + ")",
        < 1 => " (↓ learned ×" + weight.ToString("0.##", CultureInfo.InvariantCulture) + ")",
        _ => "",
    };
}

/// <summary>The skills factor with its reasons and the canonical names of the boost keywords it matched.</summary>
internal sealed record SkillsValue(double Value, IReadOnlyList<string> Reasons, IReadOnlyList<string> MatchedTerms);
