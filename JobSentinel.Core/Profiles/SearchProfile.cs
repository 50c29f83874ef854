namespace JobSentinel.Core.Profiles;

/// <summary>A named search profile: what the user wants, how postings are scored against it, and when to alert.</summary>
public sealed class SearchProfile
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The profile <c>/profile</c> answers; exactly one is.</summary>
    public bool IsDefault { get; set; }

    public List<string> TitleAllowlist { get; set; } = [];

    public List<string> TitleBlocklist { get; set; } = [];

    public List<string> KeywordsBoost { get; set; } = [];

    public List<string> KeywordsExclude { get; set; } = [];

    public bool AllowRemote { get; set; } = true;

    public bool AllowHybrid { get; set; } = true;

    public bool AllowOnsite { get; set; } = true;

    public List<string> Cities { get; set; } = [];

    public List<string> States { get; set; } = [];

    public List<string> Countries { get; set; } = [];

    /// <summary>Yearly, in <see cref="Currency"/>.</summary>
    public double? SalaryFloor { get; set; }

    public double? SalaryTarget { get; set; }

    public string Currency { get; set; } = "USD";

    public List<string> PreferredCompanies { get; set; } = [];

    public List<string> BlockedCompanies { get; set; } = [];

    public int RecencyFullDays { get; set; } = 7;

    public int RecencyZeroDays { get; set; } = 30;

    public double ImmediateAlertThreshold { get; set; } = 0.9;

    public double DigestMinScore { get; set; } = 0.7;

    public double WeightSkills { get; set; } = 0.40;

    public double WeightSalary { get; set; } = 0.25;

    public double WeightLocation { get; set; } = 0.20;

    public double WeightCompany { get; set; } = 0.10;

    public double WeightRecency { get; set; } = 0.05;

    /// <summary>Term multipliers learned from thumbs up/down (JSON object), bounded and resettable.</summary>
    public string LearnedWeightsJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
