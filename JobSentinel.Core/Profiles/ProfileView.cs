using JobSentinel.Core.Matching;

namespace JobSentinel.Core.Profiles;

/// <summary>A profile in the SPEC's shape, plus what the user may want to see of it.</summary>
public sealed record ProfileView(
    int Id,
    string Name,
    bool IsDefault,
    IReadOnlyList<string> TitleAllowlist,
    IReadOnlyList<string> TitleBlocklist,
    IReadOnlyList<string> KeywordsBoost,
    IReadOnlyList<string> KeywordsExclude,
    bool AllowRemote,
    bool AllowHybrid,
    bool AllowOnsite,
    IReadOnlyList<string> Cities,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Countries,
    double? SalaryFloor,
    double? SalaryTarget,
    string Currency,
    IReadOnlyList<string> PreferredCompanies,
    IReadOnlyList<string> BlockedCompanies,
    int RecencyFullDays,
    int RecencyZeroDays,
    double ImmediateAlertThreshold,
    double DigestMinScore,
    ProfileWeights Weights,
    IReadOnlyDictionary<string, double> LearnedWeights,
    DateTime UpdatedAt);
