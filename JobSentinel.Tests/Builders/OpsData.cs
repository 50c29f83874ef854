using JobSentinel.Core.Data;
using JobSentinel.Core.Diagnostics;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Builders;

/// <summary>Stored operational events for the SLO, daily-summary and Performance tests.</summary>
public static class OpsData
{
    /// <summary>One sample per minute for <paramref name="minutes"/> minutes from <paramref name="first"/>, skipping <paramref name="skip"/>.</summary>
    public static void AddMinutes(JobSentinelDbContext context, DateTime first, int minutes, Func<DateTime, bool>? skip = null, Action<OpsSample>? configure = null)
    {
        for (var i = 0; i < minutes; i++)
        {
            var minute = first.AddMinutes(i);
            if (skip?.Invoke(minute) == true)
            {
                continue;
            }

            var sample = new OpsSample
            {
                Minute = minute,
                Requests = 10,
                DurationMsSum = 200,
                P50Ms = 10,
                P95Ms = 40,
                P99Ms = 80,
                ApiRequests = 4,
                WorkingSetMb = 180,
                CpuPercent = 3,
            };
            configure?.Invoke(sample);
            context.OpsSamples.Add(sample);
        }
    }

    public static Source AddSource(JobSentinelDbContext context, string name)
    {
        var source = new Source { Name = name, Type = SourceType.Greenhouse, Board = name, Schedule = "0 * * * *" };
        context.Sources.Add(source);
        context.SaveChanges(); // runs refer to its id
        return source;
    }

    public static void AddRun(JobSentinelDbContext context, Source source, DateTime finishedAt, bool failed = false, long durationMs = 1500) =>
        context.ScrapeRuns.Add(new ScrapeRun
        {
            SourceId = source.Id,
            Trigger = "schedule",
            Status = failed ? ScrapeRunStatus.Failed : ScrapeRunStatus.Completed,
            CreatedAt = finishedAt.AddMilliseconds(-durationMs),
            StartedAt = finishedAt.AddMilliseconds(-durationMs),
            FinishedAt = finishedAt,
            DurationMs = durationMs,
        });

    public static Resume AddResume(JobSentinelDbContext context, DateTime uploadedAt, long analysisMs)
    {
        var resume = new Resume
        {
            FileName = "cv.pdf",
            Sha256 = Guid.NewGuid().ToString("N"),
            Text = "text",
            ParseJson = "{}",
            AtsJson = "{}",
            LayoutJson = "{}",
            UploadedAt = uploadedAt,
            AnalysisMs = analysisMs,
        };
        context.Resumes.Add(resume);
        return resume;
    }
}
