namespace JobSentinel.Core.Profiles;

/// <summary>Factor weights as the API takes them; each left out keeps its value.</summary>
public sealed record WeightsDraft(double? Skills, double? Salary, double? Location, double? Company, double? Recency);

/// <summary>
/// A profile as the API and the Settings page send it. On update, fields left out (null) keep their
/// value; a salary of 0 clears it.
/// </summary>
public sealed record ProfileDraft
{
    public string? Name { get; init; }

    public bool? IsDefault { get; init; }

    public List<string>? TitleAllowlist { get; init; }

    public List<string>? TitleBlocklist { get; init; }

    public List<string>? KeywordsBoost { get; init; }

    public List<string>? KeywordsExclude { get; init; }

    public bool? AllowRemote { get; init; }

    public bool? AllowHybrid { get; init; }

    public bool? AllowOnsite { get; init; }

    public List<string>? Cities { get; init; }

    public List<string>? States { get; init; }

    public List<string>? Countries { get; init; }

    public double? SalaryFloor { get; init; }

    public double? SalaryTarget { get; init; }

    public string? Currency { get; init; }

    public List<string>? PreferredCompanies { get; init; }

    public List<string>? BlockedCompanies { get; init; }

    public int? RecencyFullDays { get; init; }

    public int? RecencyZeroDays { get; init; }

    public double? ImmediateAlertThreshold { get; init; }

    public double? DigestMinScore { get; init; }

    public WeightsDraft? Weights { get; init; }
}
