namespace JobSentinel.Core.Matching;

/// <summary>One factor's value in [0,1] and the reason a person reads, if it deserves one.</summary>
internal readonly record struct FactorValue(double Value, string? Reason);
