namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// One service-level objective as measured now. <see cref="Objective"/> and <see cref="Current"/> are fractions
/// of good events (0–1); the budget, burn rate and current value are null when the window holds no event.
/// </summary>
public sealed record SloResult(
    string Name,
    double Objective,
    string Window,
    double? Current,
    double? ErrorBudgetRemaining,
    double? BurnRate,
    string Status)
{
    public const string Met = "met";
    public const string AtRisk = "atRisk";
    public const string Breached = "breached";
    public const string NoData = "noData";

    /// <summary>Burn rate from which a met objective is shown as at risk (less than a fifth of the budget left).</summary>
    public const double AtRiskBurnRate = 0.8;

    /// <summary>
    /// Builds the result from counts of good and total events in the window:
    /// current = good / total; error budget = 1 − objective; burn rate = (1 − current) / budget;
    /// budget remaining = max(0, 1 − burn rate); breached when burn rate &gt; 1 (the objective is missed),
    /// at risk when burn rate ≥ <see cref="AtRiskBurnRate"/>, met otherwise; no events → <see cref="NoData"/>.
    /// </summary>
    public static SloResult From(string name, double objective, string window, long good, long total)
    {
        if (total <= 0)
        {
            return new SloResult(name, objective, window, null, null, null, NoData);
        }

        var current = (double)good / total;
        var budget = 1 - objective;
        var burnRate = Math.Round((double)(total - good) / total / budget, 4);
        var status = burnRate > 1 ? Breached : burnRate >= AtRiskBurnRate ? AtRisk : Met;
        return new SloResult(name, objective, window, Math.Round(current, 6), Math.Round(Math.Max(0, 1 - burnRate), 4), burnRate, status);
    }
}
