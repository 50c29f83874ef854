using System.Text.RegularExpressions;

namespace JobSentinel.Core.Contacts;

/// <summary>What a message is judged against: who it is for and what it is about.</summary>
public sealed record MessageContext(string? ContactName, string? Company, string? ContactRole, string? JobTitle);

/// <summary>One part of the score: points out of a maximum, and why points were lost.</summary>
public sealed record QualityPart(string Name, int Points, int Max, IReadOnlyList<string> Reasons);

/// <summary>A message's quality, 0–100, by part (stored as JSON in <see cref="OutreachMessage.QualityJson"/>).</summary>
public sealed record MessageQuality(int Score, IReadOnlyList<QualityPart> Parts)
{
    public IEnumerable<string> Reasons => Parts.SelectMany(p => p.Reasons);
}

/// <summary>
/// Scores an outreach message: length (25: a subject, a body of 50–150 words), personalisation (30: the contact's
/// name, the company, the role or job title), a specific ask (25: a question or a concrete request such as a
/// 15-minute call), and no clichés (20).
/// </summary>
public static partial class MessageQualityScorer
{
    public static readonly IReadOnlyList<string> Cliches =
    [
        "I hope this finds you well", "I hope this email finds you well", "I hope this message finds you well", "to whom it may concern",
        "dear sir or madam", "passionate", "rockstar", "rock star", "ninja", "guru", "synergy", "synergies", "I am writing to express",
        "I am writing to", "think outside the box", "go-getter", "self-starter", "team player", "hard worker", "results-driven",
        "detail-oriented", "dynamic", "leverage my skills", "perfect fit", "touch base", "circle back", "pick your brain",
        "I know you're busy", "sorry to bother you", "just following up", "game changer", "game-changer", "best of breed", "world-class",
    ];

    private static readonly string[] ConcreteAsks =
    [
        "minute call", "min call", "minute chat", "quick call", "short call", "brief call", "quick chat", "short chat", "coffee",
        "would you be open", "are you open", "would you be willing", "could we", "can we", "could you", "would it be possible",
        "would you mind", "happy to send", "could i send", "may i send", "meet", "a call", "a chat", "intro", "introduce me", "refer me", "referral",
    ];

    public static MessageQuality Score(string? subject, string? body, MessageContext context)
    {
        subject ??= "";
        body ??= "";
        QualityPart[] parts = [Length(subject, body), Personalisation(subject, body, context), Ask(body), NoCliches(subject, body)];
        return new MessageQuality(Math.Clamp(parts.Sum(p => p.Points), 0, 100), parts);
    }

    public static int WordCount(string text) => WordPattern().Count(text);

    private static QualityPart Length(string subject, string body)
    {
        List<string> reasons = [];
        var points = 0;
        if (string.IsNullOrWhiteSpace(subject))
        {
            reasons.Add("No subject line.");
        }
        else if (subject.Length > 80)
        {
            points += 2;
            reasons.Add($"The subject is long ({subject.Length} characters); keep it under 80.");
        }
        else
        {
            points += 5;
        }

        var words = WordCount(body);
        points += words switch
        {
            >= 50 and <= 150 => 20,
            >= 35 and < 50 or > 150 and <= 200 => 12,
            >= 20 and < 35 or > 200 and <= 300 => 5,
            _ => 0,
        };
        if (words < 50)
        {
            reasons.Add($"The body is short ({words} words); 50–150 words reads best.");
        }
        else if (words > 150)
        {
            reasons.Add($"The body is long ({words} words); 50–150 words reads best.");
        }

        return new QualityPart("length", points, 25, reasons);
    }

    private static QualityPart Personalisation(string subject, string body, MessageContext context)
    {
        List<string> reasons = [];
        var text = subject + "\n" + body;
        var points = 0;
        var names = (context.ContactName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n.Length >= 2 && !n.Contains('@', StringComparison.Ordinal)).ToList();
        if (names.Count == 0 || names.Any(n => Mentions(body, n)))
        {
            points += 12;
        }
        else
        {
            reasons.Add($"Does not address {context.ContactName} by name.");
        }

        if (string.IsNullOrWhiteSpace(context.Company) || Mentions(text, context.Company.Trim()))
        {
            points += 10;
        }
        else
        {
            reasons.Add($"Does not mention {context.Company}.");
        }

        var roles = new[] { context.JobTitle, context.ContactRole }.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToList();
        if (roles.Count == 0 || roles.Any(r => Mentions(text, r)))
        {
            points += 8;
        }
        else
        {
            reasons.Add($"Does not mention the role ({string.Join(" or ", roles)}).");
        }

        return new QualityPart("personalisation", points, 30, reasons);
    }

    private static QualityPart Ask(string body)
    {
        var question = body.Contains('?', StringComparison.Ordinal);
        var concrete = ConcreteAsks.Any(a => body.Contains(a, StringComparison.OrdinalIgnoreCase));
        return (question, concrete) switch
        {
            (true, true) => new QualityPart("ask", 25, 25, []),
            (false, true) => new QualityPart("ask", 18, 25, ["The request is not phrased as a question the reader can answer."]),
            (true, false) => new QualityPart("ask", 12, 25, ["The question asks for nothing concrete (e.g. a 15-minute call next week)."]),
            _ => new QualityPart("ask", 0, 25, ["No specific ask: end with a concrete request, e.g. \"Would you be open to a 15-minute call?\""]),
        };
    }

    private static QualityPart NoCliches(string subject, string body)
    {
        var text = subject + "\n" + body;
        var found = Cliches.Where(c => Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(c)}(?!\w)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
            .ToList();

        // "I am writing to express" also contains "I am writing to": report the longer one only.
        found = [.. found.Where(c => !found.Any(other => other.Length > c.Length && other.Contains(c, StringComparison.OrdinalIgnoreCase)))];
        return new QualityPart("noCliches", Math.Max(0, 20 - (7 * found.Count)), 20, [.. found.Select(c => $"Cliché: \"{c}\".")]);
    }

    private static bool Mentions(string text, string phrase) =>
        Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(phrase)}(?!\w)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.None, 1000)]
    private static partial Regex WordPattern();
}
