using JobSentinel.Core.Alerts;

namespace JobSentinel.Tests.Builders;

/// <summary>Alert postings and messages with readable defaults; tests override what they are about.</summary>
public static class AlertMessages
{
    public const string ViewUrl = "https://sentinel.example/jobs/42";
    public const string JobUrl = "https://boards.example/acme/jobs/4242";

    public static AlertItem Item(
        long id = 42,
        string title = "Senior Go Engineer",
        string company = "Acme",
        string? location = "Berlin",
        double score = 0.92,
        IReadOnlyList<string>? reasons = null,
        string? jobUrl = JobUrl,
        string viewUrl = ViewUrl,
        string? salary = "EUR 90,000–110,000 / year") =>
        new(id, title, company, location, score, reasons ?? ["matched: kubernetes, go", "remote"], jobUrl, viewUrl, salary);

    public static AlertMessage Immediate(params AlertItem[] items) => Message(AlertMessageKind.Immediate, items.Length == 0 ? [Item()] : items);

    public static AlertMessage Message(AlertMessageKind kind, IReadOnlyList<AlertItem> items, int moreCount = 0, string profile = "Default") =>
        new("Team alerts", kind, items, moreCount, profile);

    /// <summary><paramref name="count"/> postings with ids 1..count and distinct titles.</summary>
    public static AlertItem[] Many(int count) =>
        [.. Enumerable.Range(1, count).Select(i => Item(id: i, title: $"Engineer {i}", viewUrl: $"https://sentinel.example/jobs/{i}"))];
}
