namespace JobSentinel.Core.Matching;

/// <summary>
/// Learns term weights from thumbs up/down: every boost keyword the rated posting matched moves its
/// multiplier by ×1.15 (up) or ×0.85 (down), kept within [0.5, 2] so no term can dominate or vanish.
/// Resetting is starting again from an empty dictionary.
/// </summary>
public static class FeedbackLearning
{
    public const double ThumbsUpFactor = 1.15;
    public const double ThumbsDownFactor = 0.85;
    public const double MinMultiplier = 0.5;
    public const double MaxMultiplier = 2.0;

    /// <summary>
    /// The weights after one rating: each of <paramref name="matchedTerms"/> (by canonical name, see
    /// <see cref="Synonyms.Canonical"/>) multiplied once, bounded and rounded to 3 decimals; the others kept.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Apply(IReadOnlyDictionary<string, double> learned, IReadOnlyList<string> matchedTerms, bool thumbsUp)
    {
        var updated = new Dictionary<string, double>(learned, StringComparer.Ordinal);
        foreach (var term in matchedTerms.Select(Synonyms.Canonical).Where(name => name.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var current = updated.GetValueOrDefault(term, 1.0);
            updated[term] = Step(double.IsFinite(current) ? Math.Clamp(current, MinMultiplier, MaxMultiplier) : 1.0, thumbsUp ? ThumbsUpFactor : ThumbsDownFactor);
        }

        return updated;
    }

    // In decimal so that 1.15 × 1.15 = 1.3225 rounds to 1.323, as a person would compute it.
    private static double Step(double current, double factor)
    {
        var next = Math.Clamp((decimal)current * (decimal)factor, (decimal)MinMultiplier, (decimal)MaxMultiplier);
        return (double)Math.Round(next, 3, MidpointRounding.AwayFromZero);
    }
}
