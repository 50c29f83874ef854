namespace JobSentinel.Core.Postings.Normalization;

/// <summary>
/// A salary as stated: one figure gives <see cref="Min"/> = <see cref="Max"/>, "from"/"150k+" gives only
/// <see cref="Min"/>, "up to" only <see cref="Max"/>. <see cref="Currency"/> is an ISO 4217 code, or empty
/// when the text names no currency.
/// </summary>
public sealed record Salary(decimal? Min, decimal? Max, string Currency, SalaryPeriod Period);
