using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Sources;

/// <summary>Recognises the board behind a pasted careers URL (boards.greenhouse.io/x, jobs.lever.co/x...).</summary>
public static partial class CareersUrlDetector
{
    /// <summary>The source the URL points at, or null when it is not an absolute http(s) URL.</summary>
    public static DetectedSource? Detect(string? pasted)
    {
        if (string.IsNullOrWhiteSpace(pasted))
        {
            return null;
        }

        var text = pasted.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        var first = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is "embed" && System.Web.HttpUtility.ParseQueryString(uri.Query)["for"] is { Length: > 0 } embedded)
        {
            first = embedded; // boards.greenhouse.io/embed/job_board?for=acme, the link careers pages embed
        }
        return host switch
        {
            "boards.greenhouse.io" or "job-boards.greenhouse.io" or "boards.eu.greenhouse.io" or "job-boards.eu.greenhouse.io" when first is not null =>
                Board(SourceType.Greenhouse, first),
            "jobs.lever.co" when first is not null => Board(SourceType.Lever, first),
            "jobs.eu.lever.co" when first is not null => Board(SourceType.Lever, first, new() { ["region"] = "eu" }),
            "jobs.ashbyhq.com" when first is not null => Board(SourceType.Ashby, first),
            "apply.workable.com" when first is not null => Board(SourceType.Workable, first),
            "jobs.smartrecruiters.com" or "careers.smartrecruiters.com" when first is not null => Board(SourceType.Smartrecruiters, first),
            "remoteok.com" or "remoteok.io" => Zero(SourceType.Remoteok, "Remote OK"),
            "remotive.com" or "remotive.io" => Zero(SourceType.Remotive, "Remotive"),
            "www.arbeitnow.com" or "arbeitnow.com" => Zero(SourceType.Arbeitnow, "Arbeitnow"),
            "weworkremotely.com" => new DetectedSource(SourceType.Rss, "We Work Remotely", null,
                uri.AbsolutePath.EndsWith(".rss", StringComparison.Ordinal) ? uri.ToString() : "https://weworkremotely.com/remote-jobs.rss", null, Empty()),
            "news.ycombinator.com" => new DetectedSource(SourceType.Hn, "Hacker News: Who is hiring", null, null, null,
                ItemId(uri) is { } id ? new Dictionary<string, string> { ["storyId"] = id } : Empty()),
            _ when host.EndsWith(".recruitee.com", StringComparison.Ordinal) => Board(SourceType.Recruitee, host[..host.IndexOf('.', StringComparison.Ordinal)]),
            _ when host.EndsWith(".jobs.personio.de", StringComparison.Ordinal) || host.EndsWith(".jobs.personio.com", StringComparison.Ordinal) =>
                Board(SourceType.Personio, host[..host.IndexOf('.', StringComparison.Ordinal)]),
            _ when Workday().Match(host) is { Success: true } && SiteOf(uri) is { } site =>
                new DetectedSource(SourceType.Workday, $"{Title(host[..host.IndexOf('.', StringComparison.Ordinal)])} (Workday)",
                    $"{host[..host.IndexOf('.', StringComparison.Ordinal)]}/{site}", null, $"https://{host}", Empty()),
            _ when LooksLikeFeed(uri) => new DetectedSource(SourceType.Rss, Title(host), null, uri.ToString(), null, Empty()),
            _ => new DetectedSource(SourceType.Html, Title(host), null, uri.ToString(), null, Empty()),
        };
    }

    private static DetectedSource Board(SourceType type, string board, Dictionary<string, string>? options = null) =>
        new(type, $"{Title(board)} ({SourceCatalog.Get(type).DisplayName})", board, null, null, options ?? Empty());

    private static DetectedSource Zero(SourceType type, string name) => new(type, name, null, null, null, Empty());

    private static Dictionary<string, string> Empty() => [];

    private static string? ItemId(Uri uri) =>
        System.Web.HttpUtility.ParseQueryString(uri.Query)["id"] is { Length: > 0 } id && id.All(char.IsAsciiDigit) ? id : null;

    // Workday career sites: /<site> or /<locale>/<site>, e.g. /en-US/External.
    private static string? SiteOf(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length switch
        {
            0 => null,
            _ when Locale().IsMatch(segments[0]) => segments.Length > 1 ? segments[1] : null,
            _ => segments[0],
        };
    }

    private static bool LooksLikeFeed(Uri uri)
    {
        var path = uri.AbsolutePath.ToLowerInvariant();
        return path.EndsWith(".rss", StringComparison.Ordinal) || path.EndsWith(".xml", StringComparison.Ordinal)
            || path.EndsWith(".atom", StringComparison.Ordinal) || path.EndsWith("/feed", StringComparison.Ordinal)
            || path.EndsWith("/rss", StringComparison.Ordinal);
    }

    private static string Title(string value)
    {
        var words = value.Replace("www.", "", StringComparison.Ordinal).Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Join(' ', words.Take(words.Length > 1 && value.Contains('.', StringComparison.Ordinal) ? words.Length - 1 : words.Length));
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Length == 0 ? value : name);
    }

    [GeneratedRegex(@"^[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com$")]
    private static partial Regex Workday();

    [GeneratedRegex(@"^[a-z]{2}(-[A-Za-z]{2})?$")]
    private static partial Regex Locale();
}
