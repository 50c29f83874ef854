namespace JobSentinel.Core.Sources;

/// <summary>The kinds of job board JobSentinel reads. Serialised in camelCase ("greenhouse", "smartRecruiters" is not used: names are lowercase).</summary>
public enum SourceType
{
    Greenhouse,
    Lever,
    Ashby,
    Workable,
    SmartRecruiters,
    RemoteOk,
    Remotive,
    Arbeitnow,
    UsaJobs,
    Hn,
    Rss,
    Html,
    Workday,
    Recruitee,
    Personio,
    Manual,
}
