namespace JobSentinel.Core.Features;

/// <summary>The feature flags (on/off with a percentage rollout) and kill switches the app reads through <see cref="FeatureFlags"/>.</summary>
public static class FeatureNames
{
    /// <summary>Text generation through the configured LLM providers (off: templates only).</summary>
    public const string Llm = "llm";

    /// <summary>Sources of type <c>html</c> (careers pages rendered in Chromium).</summary>
    public const string HtmlScraping = "htmlScraping";

    /// <summary>Finding contacts (emails, named people) in posting text.</summary>
    public const string ContactDiscovery = "contactDiscovery";

    /// <summary>The daily digest of matches.</summary>
    public const string Digest = "digest";

    public static readonly IReadOnlyList<(string Name, string Description, bool DefaultEnabled)> Flags =
    [
        (Llm, "Generate CVs, letters and messages with the configured LLM providers (off: templates only).", true),
        (HtmlScraping, "Scrape careers pages of type 'html' in Chromium.", true),
        (ContactDiscovery, "Find contacts (emails and named people) in posting text.", false),
        (Digest, "Send the daily digest of matches.", true),
    ];
}

/// <summary>Kill switches: when one is on, that kind of work pauses at once and resumes when it is turned off.</summary>
public static class KillSwitches
{
    public const string Scraping = "scraping";

    public const string Alerts = "alerts";

    public const string Pipeline = "pipeline";

    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        (Scraping, "Pause every scrape run, scheduled or on demand."),
        (Alerts, "Hold every alert delivery (they stay pending and go out when resumed)."),
        (Pipeline, "Hold every application pipeline run (they stay queued)."),
    ];
}
