using System.Collections.Frozen;

namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// Offline exchange rates, used only to rank and filter salaries in the user's currency: never for money
/// that changes hands. Immutable, so thread-safe.
/// </summary>
public static class CurrencyRates
{
    /// <summary>The day the table approximates.</summary>
    public static readonly DateOnly AsOf = new(2026, 7, 1);

    // US dollars per unit. Approximate mid-2026 mid-market levels, entered by hand and rounded to
    // 2–3 significant figures in the manner of the ECB's daily euro reference rates
    // (https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/) and the
    // official pegs (HKD, AED, SAR). They are approximations, not a feed: a salary converted with them is
    // good to a few per cent, which is all ranking needs. Refresh by editing this table and AsOf.
    private static readonly FrozenDictionary<string, decimal> UsdPerUnit = new Dictionary<string, decimal>
    {
        ["USD"] = 1m,
        ["EUR"] = 1.16m,
        ["GBP"] = 1.35m,
        ["CHF"] = 1.24m,
        ["CAD"] = 0.73m,
        ["AUD"] = 0.66m,
        ["NZD"] = 0.60m,
        ["SEK"] = 0.105m,
        ["NOK"] = 0.099m,
        ["DKK"] = 0.155m,
        ["ISK"] = 0.0080m,
        ["PLN"] = 0.27m,
        ["CZK"] = 0.047m,
        ["HUF"] = 0.0029m,
        ["RON"] = 0.23m,
        ["INR"] = 0.0116m,
        ["JPY"] = 0.0068m,
        ["CNY"] = 0.139m,
        ["KRW"] = 0.00073m,
        ["TWD"] = 0.033m,
        ["SGD"] = 0.78m,
        ["HKD"] = 0.128m,
        ["MYR"] = 0.235m,
        ["PHP"] = 0.0175m,
        ["THB"] = 0.030m,
        ["IDR"] = 0.000061m,
        ["BRL"] = 0.18m,
        ["MXN"] = 0.054m,
        ["ZAR"] = 0.056m,
        ["ILS"] = 0.29m,
        ["AED"] = 0.2723m,
        ["SAR"] = 0.2667m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The ISO 4217 codes the table knows.</summary>
    public static IReadOnlyCollection<string> Currencies { get; } = UsdPerUnit.Keys;

    public static bool IsKnown(string currency) => currency is not null && UsdPerUnit.ContainsKey(currency);

    /// <summary>Converts between two ISO 4217 codes (case-insensitive); null when either is unknown.</summary>
    public static decimal? Convert(decimal amount, string fromCurrency, string toCurrency)
    {
        if (fromCurrency is null || toCurrency is null
            || !UsdPerUnit.TryGetValue(fromCurrency, out var from)
            || !UsdPerUnit.TryGetValue(toCurrency, out var to))
        {
            return null;
        }

        return from == to ? amount : amount * from / to;
    }
}
