using Hangfire;
using JobSentinel.Core.Profiles;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>Recency is part of every score: a daily rescore keeps stored scores from going stale.</summary>
public sealed class DailyRescoreJob(RescoreWorker rescoring)
{
    public const string Id = "rescore-daily";
    public const string Schedule = "20 3 * * *";

    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Daily rescore of stored postings")]
    public void Run() => rescoring.Request("daily recency refresh");
}
