namespace JobSentinel.Core.Dashboards;

/// <summary>The median annual salary (US dollars) per bucket of postings whose title contains <see cref="Keyword"/>.</summary>
public sealed record SalaryTrend(string Keyword, IReadOnlyList<SalaryPoint> Points);

/// <summary>One bucket of a <see cref="SalaryTrend"/>: the median of <see cref="Postings"/> salaries.</summary>
public sealed record SalaryPoint(DateTime Start, double MedianAnnualUsd, int Postings);
