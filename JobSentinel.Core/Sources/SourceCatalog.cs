namespace JobSentinel.Core.Sources;

/// <summary>Every source type with its needs, default schedule and the terms it must respect.</summary>
public static class SourceCatalog
{
    private static readonly Dictionary<SourceType, SourceTypeInfo> Types = new SourceTypeInfo[]
    {
        new(SourceType.Greenhouse, "Greenhouse", SourceTarget.Board, "0 */4 * * *", [], [], BoardHint: "board token, e.g. 'airbnb' from boards.greenhouse.io/airbnb"),
        new(SourceType.Lever, "Lever", SourceTarget.Board, "10 */4 * * *", [], [], BoardHint: "site, e.g. 'palantir' from jobs.lever.co/palantir"),
        new(SourceType.Ashby, "Ashby", SourceTarget.Board, "20 */4 * * *", [], [], BoardHint: "board name from jobs.ashbyhq.com/<board>"),
        new(SourceType.Workable, "Workable", SourceTarget.Board, "30 */4 * * *", [], [], BoardHint: "account slug from apply.workable.com/<slug>"),
        new(SourceType.Smartrecruiters, "SmartRecruiters", SourceTarget.Board, "40 */4 * * *", [], [], BoardHint: "company id from jobs.smartrecruiters.com/<id>"),
        new(SourceType.Remoteok, "Remote OK", SourceTarget.None, "15 * * * *", [], [], AttributionUrl: "https://remoteok.com"),
        // Remotive's terms: at most 4 calls a day (more than 2 a minute is blocked), and credit Remotive.
        new(SourceType.Remotive, "Remotive", SourceTarget.None, "5 */6 * * *", [], [], MaxRunsPerDay: 4, AttributionUrl: "https://remotive.com"),
        new(SourceType.Arbeitnow, "Arbeitnow", SourceTarget.None, "25 */2 * * *", [], [], AttributionUrl: "https://www.arbeitnow.com"),
        new(SourceType.Usajobs, "USAJOBS", SourceTarget.None, "35 */6 * * *", ["apiKey", "email"], ["apiKey"]),
        new(SourceType.Hn, "Hacker News: Who is hiring", SourceTarget.None, "45 */6 * * *", [], [], AttributionUrl: "https://news.ycombinator.com"),
        new(SourceType.Rss, "RSS / Atom feed", SourceTarget.Url, "*/30 * * * *", [], []),
        new(SourceType.Html, "Careers page (HTML)", SourceTarget.Url, "50 */6 * * *", ["listItem", "title", "link"], []),
        new(SourceType.Workday, "Workday", SourceTarget.Board, "55 */4 * * *", [], [], BoardHint: "'tenant/site' from <tenant>.wd5.myworkdayjobs.com/<site>, with that host as base URL"),
        new(SourceType.Recruitee, "Recruitee", SourceTarget.Board, "0 1-23/4 * * *", [], [], BoardHint: "company from <company>.recruitee.com"),
        new(SourceType.Personio, "Personio", SourceTarget.Board, "0 2-23/4 * * *", [], [], BoardHint: "company from <company>.jobs.personio.de"),
        new(SourceType.Manual, "Added by hand", SourceTarget.None, "0 0 1 1 *", [], []),
    }.ToDictionary(info => info.Type);

    public static IReadOnlyCollection<SourceTypeInfo> All => Types.Values;

    public static SourceTypeInfo Get(SourceType type) => Types[type];

    /// <summary>The feeds that need no configuration, offered at first run.</summary>
    public static IReadOnlyList<(string Name, SourceType Type, string? Url)> ZeroConfigurationFeeds { get; } =
    [
        ("Remote OK", SourceType.Remoteok, null),
        ("Remotive", SourceType.Remotive, null),
        ("Arbeitnow", SourceType.Arbeitnow, null),
        ("We Work Remotely", SourceType.Rss, "https://weworkremotely.com/remote-jobs.rss"),
        ("Hacker News: Who is hiring", SourceType.Hn, null),
    ];
}
