namespace JobSentinel.Core.Alerts;

/// <summary>The message behind a channel's "Send test" button: one sample posting, so the user sees the real layout.</summary>
public static class TestAlert
{
    /// <param name="appBaseUrl">JobSentinel's public address; the sample's "View job" opens its jobs list.</param>
    public static AlertMessage Create(string channelName, string appBaseUrl, string profileName = "Default")
    {
        var sample = new AlertItem(
            0,
            "Senior Backend Engineer (sample)",
            "Example Corp",
            "Remote (EU)",
            0.93,
            ["matched: kubernetes, go", "remote", "salary 150k ≥ target"],
            null,
            appBaseUrl.TrimEnd('/') + "/jobs",
            "EUR 120,000–150,000 / year");
        return new AlertMessage(channelName, AlertMessageKind.Test, [sample], 0, profileName);
    }
}
