using System.Globalization;

namespace JobSentinel.Core.Matching;

/// <summary>
/// The salary factor: the stated yearly midpoint against the target (or the floor when there is no target),
/// in steps: ≥ 100 % → 1, ≥ 90 % → 0.9, ≥ 80 % → 0.8, ≥ 70 % → 0.6, else 0.3; not stated → 0.5.
/// </summary>
internal static class SalaryFactor
{
    public static FactorValue Evaluate(MatchProfile profile, PostingFeatures posting, bool explain = true)
    {
        var amount = posting.SalaryAnnualMid ?? posting.SalaryAnnualMax;
        if (amount is not { } stated)
        {
            return new FactorValue(0.5, "salary not stated");
        }

        var (reference, label) = profile switch
        {
            { SalaryTarget: > 0 } => (profile.SalaryTarget.Value, "target"),
            { SalaryFloor: > 0 } => (profile.SalaryFloor.Value, "floor"),
            _ => (0.0, ""),
        };
        if (reference == 0)
        {
            return new FactorValue(1, explain ? "salary " + Money(stated, profile.Currency) : null);
        }

        var ratio = stated / reference;
        var value = ratio switch
        {
            >= 1.0 => 1.0,
            >= 0.9 => 0.9,
            >= 0.8 => 0.8,
            >= 0.7 => 0.6,
            _ => 0.3,
        };
        var comparison = ratio >= 1 ? "≥" : "below";
        return new FactorValue(value, explain ? $"salary {Money(stated, profile.Currency)} {comparison} {label} {Money(reference, profile.Currency)}" : null);
    }

    /// <summary>A yearly amount as people say it: "180k", "1.2M", "EUR 95k" (no code for USD).</summary>
    public static string Money(double amount, string currency)
    {
        var thousands = Math.Round(amount / 1_000, 1);
        var figure = Math.Abs(thousands) >= 1_000
            ? (amount / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M"
            : Math.Abs(amount) >= 1_000
                ? thousands.ToString("0.#", CultureInfo.InvariantCulture) + "k"
                : amount.ToString("0", CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(currency) || currency.Equals("USD", StringComparison.OrdinalIgnoreCase)
            ? figure
            : currency.Trim().ToUpperInvariant() + " " + figure;
    }
}
