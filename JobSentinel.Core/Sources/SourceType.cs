namespace JobSentinel.Core.Sources;

/// <summary>
/// The kinds of job board JobSentinel reads. The member names are spelled so that their camelCase
/// JSON form is the SPEC's lowercase type name ("smartrecruiters", "remoteok", "usajobs").
/// </summary>
public enum SourceType
{
    Greenhouse,
    Lever,
    Ashby,
    Workable,
    Smartrecruiters,
    Remoteok,
    Remotive,
    Arbeitnow,
    Usajobs,
    Hn,
    Rss,
    Html,
    Workday,
    Recruitee,
    Personio,
    Manual,
}
