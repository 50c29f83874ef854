using System.Text;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Contacts;

/// <summary>Subject and body of a message.</summary>
public sealed record OutreachText(string Subject, string Body);

/// <summary>
/// Writes outreach messages: the deterministic template (works offline, always the same for the same sources), the
/// prompt for an LLM, the reading of its answer, and the guard that refuses LLM text mentioning numbers or names
/// (employers, products) that are in none of the sources.
/// </summary>
public static partial class OutreachComposer
{
    public const string System =
        "You write short, specific outreach messages from a job seeker to a person at a company. " +
        "Use only facts given in the sources; never invent employers, titles, dates, degrees or numbers. " +
        "60 to 130 words, plain text, no clichés (no \"I hope this finds you well\", \"passionate\"). " +
        "Address the person by first name, mention the company and the role, cite the one achievement given, " +
        "and end with a concrete question such as a 15-minute call. Answer as:\nSubject: <subject>\n\n<body>";

    // Capitalised words a message may use without any source mentioning them.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "dear", "thanks", "thank", "best", "regards", "cheers", "i", "i'm", "i’m", "i've", "i’d", "i'd", "my", "your", "you", "we", "our",
        "the", "a", "an", "and", "at", "in", "on", "as", "if", "it", "this", "that", "would", "could", "can", "are", "is", "do", "does", "when", "what",
        "how", "since", "given", "while", "with", "for", "from", "to", "after", "before", "recently", "currently", "also", "happy", "glad", "looking",
        "monday", "tuesday", "wednesday", "thursday", "friday", "next", "week", "subject", "re", "quick", "question", "call", "chat", "role", "team",
        "cv", "resume", "linkedin", "ps", "p.s", "one", "both", "either", "any", "all", "most", "some", "there", "here", "let", "please", "sincerely",
        "kind", "warm", "many", "much", "more", "whether", "they", "he", "she", "their", "its", "having", "being", "seeing", "noticed", "saw", "read",
    };

    public static OutreachText Template(OutreachSources sources)
    {
        var company = sources.Company ?? "your company";
        var subject = sources.JobTitle is not null
            ? $"{sources.JobTitle} at {company}" + (sources.CandidateName is { } me ? $" - {me}" : "")
            : $"A question about {company}";
        StringBuilder body = new();
        body.Append(sources.FirstName.Length > 0 ? $"Hi {sources.FirstName},\n\n" : "Hello,\n\n");
        if (sources.JobTitle is not null)
        {
            body.Append($"I am applying for the {sources.JobTitle} role at {company}");
            body.Append(sources.Requirements.Count > 0
                ? $", and its focus on {Join(sources.Requirements)} matches the work I have been doing."
                : " and would like to learn more about the team behind it.");
        }
        else
        {
            body.Append($"I am exploring roles at {company}");
            body.Append(sources.ContactRole is { } role ? $" and saw that you work there as {role}." : " and would value your view of the team.");
        }

        if (sources.Achievement is { } achievement)
        {
            body.Append($" One example: {achievement.TrimEnd('.')}.");
        }

        body.Append(sources.ContactRole is not null && sources.JobTitle is not null
            ? $" As {Article(sources.ContactRole)} {sources.ContactRole}, you know what the team needs most right now."
            : " I would value hearing what the team needs most right now.");
        body.Append("\n\nWould you be open to a 15-minute call next week? I am happy to send my CV beforehand.\n\n");
        body.Append(sources.CandidateName is { } name ? $"Thank you,\n{name}" : "Thank you");
        return new OutreachText(subject, body.ToString());
    }

    /// <summary>The user message for the LLM: the sources, one fact per line.</summary>
    public static string Prompt(OutreachSources sources)
    {
        StringBuilder prompt = new();
        prompt.AppendLine($"Recipient: {sources.ContactName}" + (sources.ContactRole is { } r ? $", {r}" : "") + (sources.Company is { } c ? $" at {c}" : ""));
        if (sources.JobTitle is not null)
        {
            prompt.AppendLine($"Job: {sources.JobTitle}");
        }

        if (sources.Requirements.Count > 0)
        {
            prompt.AppendLine($"Requirements: {string.Join(", ", sources.Requirements)}");
        }

        if (sources.Achievement is not null)
        {
            prompt.AppendLine($"My achievement: {sources.Achievement}");
        }

        if (sources.CandidateName is not null)
        {
            prompt.AppendLine($"My name: {sources.CandidateName}");
        }

        return prompt.ToString();
    }

    /// <summary>Reads "Subject: ...\n\nbody"; null when the answer has no subject or no body.</summary>
    public static OutreachText? Parse(string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        var text = answer.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        var match = SubjectLine().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var body = text[(match.Index + match.Length)..].Trim();
        var subject = match.Groups["subject"].Value.Trim().Trim('*', '"');
        return subject.Length is > 0 and <= 300 && body.Length > 0 ? new OutreachText(subject, body) : null;
    }

    /// <summary>The problems of generated text: numbers and capitalised names found in none of the sources (empty = fine).</summary>
    public static IReadOnlyList<string> Check(OutreachText text, OutreachSources sources)
    {
        var source = sources.SourceText;
        List<string> problems = [];
        foreach (Match number in NumberPattern().Matches(text.Subject + "\n" + text.Body))
        {
            if (!source.Contains(number.Value, StringComparison.Ordinal) && number.Value != "15")
            {
                problems.Add($"mentions the number {number.Value}, which is in none of the sources");
            }
        }

        foreach (Match word in CapitalisedWord().Matches(text.Subject + "\n" + text.Body))
        {
            var value = word.Value.TrimEnd('\'', '’', 's');
            if (!Common.Contains(word.Value) && !Common.Contains(value) && !source.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"mentions '{word.Value}', which is in none of the sources");
            }
        }

        return [.. problems.Distinct()];
    }

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Article(string word) => "aeiouAEIOU".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    [GeneratedRegex(@"^\**\s*subject\s*:\s*\**(?<subject>[^\n]+)\n", RegexOptions.IgnoreCase | RegexOptions.Multiline, 1000)]
    private static partial Regex SubjectLine();

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.None, 1000)]
    private static partial Regex NumberPattern();

    // Not at the start of a line or sentence, where any word is capitalised.
    [GeneratedRegex(@"(?<!(?:^|[.!?:;])[\s*\-]*)\b\p{Lu}[\p{L}'’\-]*", RegexOptions.Multiline, 1000)]
    private static partial Regex CapitalisedWord();
}
