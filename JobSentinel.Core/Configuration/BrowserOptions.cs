namespace JobSentinel.Core.Configuration;

/// <summary>The OS Chromium that Playwright drives (section <c>JobSentinel:Browser</c>); Playwright never downloads one.</summary>
public sealed class BrowserOptions
{
    public const string SectionName = "JobSentinel:Browser";

    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Time to wait for a page or a selector.</summary>
    public int NavigationTimeoutSeconds { get; set; } = 30;
}
