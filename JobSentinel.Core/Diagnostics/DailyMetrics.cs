namespace JobSentinel.Core.Diagnostics;

/// <summary>
/// One UTC day of the daily summary. <see cref="ActiveUsers"/> counts the distinct API keys and signed-in
/// admins that made at least one request that day; <see cref="Analyses"/> = resumes analysed + evaluations
/// completed; <see cref="Alerts"/> = alerts delivered.
/// </summary>
public sealed record DailyMetrics(
    DateOnly Date,
    long TotalRequests,
    double ErrorRate,
    double AverageResponseTimeMs,
    int ActiveUsers,
    int JobsFound,
    int Analyses,
    int Alerts);
