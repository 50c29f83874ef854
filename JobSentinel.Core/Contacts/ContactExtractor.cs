using System.Globalization;
using System.Text.RegularExpressions;

namespace JobSentinel.Core.Contacts;

/// <summary>A person or inbox found in posting text.</summary>
/// <param name="Evidence">The line it was found on.</param>
public sealed record FoundContact(string Name, string? Email, string? Role, string Evidence);

/// <summary>
/// Finds contacts in posting text (board descriptions and HN "Who is hiring" comments): email addresses (also
/// written "jane [at] acme [dot] com"), and people named after "contact", "reach out to", "Hiring manager:",
/// "I'm ...", or in a signature line ("- Jane Doe, CTO"). An address and a name on the same line are one person;
/// a lone address gets its name from the local part when that is plain ("jane.doe" → Jane Doe). No-reply
/// addresses are left out; shared inboxes (jobs@, careers@...) are kept with the role "recruiting inbox".
/// </summary>
public static partial class ContactExtractor
{
    public const string InboxRole = "recruiting inbox";

    private static readonly HashSet<string> NoReply = new(StringComparer.OrdinalIgnoreCase)
    {
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon", "postmaster", "bounce", "bounces", "notifications",
    };

    private static readonly HashSet<string> Inboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jobs", "job", "careers", "career", "hiring", "hire", "recruiting", "recruitment", "recruiter", "recruiters", "talent", "hr", "people",
        "apply", "applications", "work", "joinus", "join", "team", "hello", "hi", "info", "contact", "engineering", "eng", "dev", "resumes", "cv",
    };

    // Words that start with a capital but are not names ("Contact Us", "reach out to Our team").
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "our", "we", "the", "a", "an", "me", "my", "your", "you", "him", "her", "them", "this", "that", "team", "hr", "recruiting",
        "recruitment", "talent", "careers", "jobs", "hiring", "email", "e-mail", "apply", "please", "if", "for", "and", "or", "with", "at",
        "via", "on", "in", "to", "remote", "onsite", "hybrid", "full-time", "part-time", "visa", "salary", "engineering", "support", "sales",
        "people", "information", "details", "questions", "any", "all", "thanks", "cheers", "best", "regards", "hello", "hi", "i", "i'm",
        "linkedin", "twitter", "github", "here", "there", "someone", "anyone", "directly", "today", "now",
    };

    /// <summary>Every contact in <paramref name="text"/>, each once (by address, then by name), in order of appearance.</summary>
    public static IReadOnlyList<FoundContact> Extract(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        List<FoundContact> found = [];
        foreach (var rawLine in Deobfuscate(text).Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var people = PeopleOn(line).ToList();
            foreach (Match match in EmailPattern().Matches(line))
            {
                var email = match.Value.TrimEnd('.').ToLowerInvariant();
                var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
                if (NoReply.Contains(local) || local.StartsWith("noreply", StringComparison.Ordinal) || local.StartsWith("no-reply", StringComparison.Ordinal))
                {
                    continue;
                }

                var person = people.FirstOrDefault(p => BelongsTo(p.Name, local));
                var earlier = found.FindIndex(f => f.Email is null && BelongsTo(f.Name, local));
                if (person is not null)
                {
                    people.Remove(person);
                    Add(found, person with { Email = email });
                }
                else if (earlier >= 0)
                {
                    // "Contact Jane Doe." ... "jane@acme.com" further down: her address.
                    found[earlier] = found[earlier] with { Email = email };
                }
                else if (Inboxes.Contains(local) || local.Split('.', '-', '_', '+').Any(Inboxes.Contains) && !NameFromLocalPart(local, out _))
                {
                    Add(found, new FoundContact(email, email, InboxRole, line));
                }
                else if (people.Count == 1 && EmailPattern().Matches(line).Count == 1)
                {
                    // "Reach out to Jane Doe (jdoe@acme.com)": the only name and the only address on the line.
                    Add(found, people[0] with { Email = email });
                    people.Clear();
                }
                else
                {
                    Add(found, new FoundContact(NameFromLocalPart(local, out var name) ? name : email, email, null, line));
                }
            }

            foreach (var person in people)
            {
                Add(found, person);
            }
        }

        return found;
    }

    /// <summary>"jane.doe" → "Jane Doe", "jane" → "Jane"; false when the local part is not plainly a name ("jd42", "x.y").</summary>
    public static bool NameFromLocalPart(string local, out string name)
    {
        var parts = local.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        var plain = parts.Length is >= 1 and <= 3
            && parts.All(p => p.Length >= 2 && p.All(char.IsAsciiLetter))
            && (parts.Length > 1 || parts[0].Length >= 3)
            && !parts.Any(Inboxes.Contains) && !NotNames.Contains(local);
        name = plain ? string.Join(' ', parts.Select(Title)) : "";
        return plain;
    }

    private static IEnumerable<FoundContact> PeopleOn(string line)
    {
        foreach (var pattern in new[] { LabelPattern(), CuePattern(), IntroPattern(), SignaturePattern(), NameThenRolePattern() })
        {
            foreach (Match match in pattern.Matches(line))
            {
                var name = CleanName(match.Groups["name"].Value);
                if (name is null)
                {
                    continue;
                }

                var role = match.Groups["role"].Success ? CleanRole(match.Groups["role"].Value) : null;
                yield return new FoundContact(name, null, role, line);
            }
        }
    }

    private static string? CleanName(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && NotNames.Contains(words[^1].TrimEnd('.', ',')))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Any(w => NotNames.Contains(w)) || words.Any(w => w.Length > 1 && w.All(char.IsUpper)))
        {
            return null;
        }

        return string.Join(' ', words);
    }

    private static string? CleanRole(string value)
    {
        var role = value.Trim().Trim('(', ')', ',', '.', '-', ' ');
        role = Regex.Replace(role, @"\s+(at|@)\s+.*$", "", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        return role.Length is > 0 and <= 80 ? role : null;
    }

    private static bool BelongsTo(string name, string local)
    {
        var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var squashed = local.Replace(".", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return words.Any(w => w.Length >= 3 && squashed.Contains(w, StringComparison.Ordinal))
            || (words.Length >= 2 && squashed == string.Concat(words[0][0], words[^1]));
    }

    private static void Add(List<FoundContact> found, FoundContact contact)
    {
        var index = found.FindIndex(f =>
            (contact.Email is not null && string.Equals(f.Email, contact.Email, StringComparison.OrdinalIgnoreCase))
            || string.Equals(f.Name, contact.Name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            found.Add(contact);
        }
        else
        {
            // The same person seen again may bring what was missing (an address, a role).
            var known = found[index];
            found[index] = known with { Email = known.Email ?? contact.Email, Role = known.Role ?? contact.Role };
        }
    }

    private static string Deobfuscate(string text)
    {
        var result = ObfuscatedAt().Replace(text, "@");
        return ObfuscatedDot().Replace(result, ".");
    }

    private static string Title(string word) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word.ToLowerInvariant());

    private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})";

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.None, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\s*[\[\(\{<]\s*at\s*[\]\)\}>]\s*|\s+at\s+(?=[A-Za-z0-9-]+\s*[\[\(\{<]\s*dot\s*[\]\)\}>])", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ObfuscatedAt();

    [GeneratedRegex(@"\s*[\[\(\{<]\s*dot\s*[\]\)\}>]\s*", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex ObfuscatedDot();

    // "Hiring manager: Jane Doe", "Recruiter - John Smith", "Contact: Jane Doe"
    [GeneratedRegex(@"(?<role>hiring manager|recruiter|technical recruiter|talent partner|talent acquisition|point of contact|contact person|contact|hiring lead|team lead|engineering manager)\s*[:\-–—]\s*" + Name, RegexOptions.IgnoreCase, 1000)]
    private static partial Regex LabelPattern();

    // "contact Jane Doe", "reach out to Jane Doe", "email Jane Doe", "send your CV to Jane Doe", "ask for Jane"
    [GeneratedRegex(@"(?i:\b(?:contact|reach out to|reach out directly to|get in touch with|email|e-mail|ping|message|dm|ask for|send (?:your |a )?(?:resume|cv|application|note)s? to|write to|talk to|speak with|speak to)\s+)" + Name + @"(?:\s*[,(]\s*(?<role>(?:our |the )?[\p{L} &/-]{2,40}?)\s*[),])?", RegexOptions.None, 1000)]
    private static partial Regex CuePattern();

    // "I'm Jane Doe, CTO", "My name is Jane", "I am Jane Doe (founder)"
    [GeneratedRegex(@"(?i:\b(?:I'm|I’m|I am|my name is|this is)\s+)" + Name + @"(?:\s*(?:,\s*(?:the |a |an )?|\(\s*)(?<role>[\p{L} &/-]{2,40}?)\s*(?:[),.;]|$| at | of ))?", RegexOptions.None, 1000)]
    private static partial Regex IntroPattern();

    // A signature line: "- Jane Doe, CTO", "— Jane (founder)", "Cheers, Jane Doe"
    [GeneratedRegex(@"^(?:[-–—~]+\s*|(?i:cheers|thanks|best|regards|best regards|thank you),?\s+)" + Name + @"\s*(?:[,(]\s*(?<role>[\p{L} &/-]{2,40}?)\s*\)?\s*(?:$|,| at | @ ))?\s*$", RegexOptions.None, 1000)]
    private static partial Regex SignaturePattern();

    // "Jane Doe (Hiring Manager)" or "Jane Doe, Engineering Manager" at the start of a line
    [GeneratedRegex(@"^" + Name + @"\s*(?:\(\s*|,\s*)(?<role>(?i:[\p{L} &/-]*(?:manager|recruiter|cto|ceo|founder|co-founder|lead|director|head of [\p{L} ]+|vp[\p{L} ]*)))\s*\)?", RegexOptions.None, 1000)]
    private static partial Regex NameThenRolePattern();
}
