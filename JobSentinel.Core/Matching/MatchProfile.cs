namespace JobSentinel.Core.Matching;

/// <summary>Factor weights of a profile's score (each ≥ 0; the score divides by their sum).</summary>
public sealed record ProfileWeights(double Skills = 0.40, double Salary = 0.25, double Location = 0.20, double Company = 0.10, double Recency = 0.05)
{
    public double Sum => Skills + Salary + Location + Company + Recency;
}

/// <summary>
/// What the scorer reads of a search profile. Salary amounts are yearly, in <see cref="Currency"/>;
/// the caller gives the posting's salary in the same currency.
/// </summary>
public sealed record MatchProfile
{
    public int Id { get; init; }

    public string Name { get; init; } = "Default";

    public IReadOnlyList<string> TitleAllowlist { get; init; } = [];

    public IReadOnlyList<string> TitleBlocklist { get; init; } = [];

    public IReadOnlyList<string> KeywordsBoost { get; init; } = [];

    public IReadOnlyList<string> KeywordsExclude { get; init; } = [];

    public bool AllowRemote { get; init; } = true;

    public bool AllowHybrid { get; init; } = true;

    public bool AllowOnsite { get; init; } = true;

    public IReadOnlyList<string> Cities { get; init; } = [];

    public IReadOnlyList<string> States { get; init; } = [];

    public IReadOnlyList<string> Countries { get; init; } = [];

    public double? SalaryFloor { get; init; }

    public double? SalaryTarget { get; init; }

    public string Currency { get; init; } = "USD";

    public IReadOnlyList<string> PreferredCompanies { get; init; } = [];

    public IReadOnlyList<string> BlockedCompanies { get; init; } = [];

    /// <summary>Postings up to this age get the full recency factor...</summary>
    public int RecencyFullDays { get; init; } = 7;

    /// <summary>...falling linearly to 0 at this age.</summary>
    public int RecencyZeroDays { get; init; } = 30;

    public ProfileWeights Weights { get; init; } = new();

    /// <summary>Multipliers learned from thumbs up/down, by normalised term (absent = 1).</summary>
    public IReadOnlyDictionary<string, double> LearnedWeights { get; init; } = new Dictionary<string, double>();
}
