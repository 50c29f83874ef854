using System.Text.Json;
using JobSentinel.Core.Sources;

namespace JobSentinel.Core.DataTransfer;

/// <summary>
/// Checks a whole <see cref="ExportDocument"/> before anything is written: version, required fields, duplicates
/// and references between sections. Problems are keyed by their path in the document (<c>postings[3].title</c>).
/// </summary>
public static class ImportValidator
{
    private const int MaxProblems = 100;

    /// <param name="knownResumes">Checksums of resumes already stored (evaluations may point at them).</param>
    /// <param name="knownProfiles">Names of profiles already stored (alert channels may point at them).</param>
    public static Dictionary<string, string[]> Validate(ExportDocument document, IReadOnlySet<string> knownResumes, IReadOnlySet<string> knownProfiles)
    {
        var problems = new Problems();
        if (document.Format != ExportDocument.FormatName)
        {
            problems.Add("format", $"must be '{ExportDocument.FormatName}'.");
        }

        if (document.Version is not { } version)
        {
            problems.Add("version", "is required.");
        }
        else if (version != ExportDocument.CurrentVersion)
        {
            problems.Add("version", $"{version} is not supported: this app reads version {ExportDocument.CurrentVersion}.");
        }

        if (document.Postings is null)
        {
            problems.Add("postings", "is required (an empty list when there are none).");
        }

        Each(document.Settings, "settings", problems, (s, at) =>
        {
            Required(s.Key, at + ".key", problems);
            if (s.Value is null)
            {
                problems.Add(at + ".value", "is required.");
            }
        }, s => s.Key);

        Each(document.Sources, "sources", problems, (s, at) =>
        {
            Required(s.Name, at + ".name", problems);
            if (s.Type is null or SourceType.Manual)
            {
                problems.Add(at + ".type", "is required and must be a board type (not manual).");
            }

            if (CronSchedule.Check(s.Schedule) is { } schedule)
            {
                problems.Add(at + ".schedule", schedule);
            }
        }, s => s.Name);

        Each(document.Profiles, "profiles", problems, (p, at) => Required(p.Name, at + ".name", problems), p => p.Name);
        var profiles = new HashSet<string>(knownProfiles, StringComparer.Ordinal);
        profiles.UnionWith((document.Profiles ?? []).Select(p => p.Name ?? ""));

        Each(document.AlertChannels, "alertChannels", problems, (c, at) =>
        {
            Required(c.Name, at + ".name", problems);
            if (c.Type is null)
            {
                problems.Add(at + ".type", "is required.");
            }

            if (c.ProfileName is { } profile && !profiles.Contains(profile))
            {
                problems.Add(at + ".profileName", $"'{profile}' is neither in the document nor stored.");
            }
        }, c => c.Name);

        Each(document.Resumes, "resumes", problems, (r, at) =>
        {
            Required(r.Sha256, at + ".sha256", problems);
            Required(r.FileName, at + ".fileName", problems);
            Required(r.Text, at + ".text", problems);
        }, r => r.Sha256);
        var resumes = new HashSet<string>(knownResumes, StringComparer.Ordinal);
        resumes.UnionWith((document.Resumes ?? []).Select(r => r.Sha256 ?? ""));

        Each(document.Postings, "postings", problems, (p, at) =>
        {
            Required(p.DedupKey, at + ".dedupKey", problems);
            if (p.DedupKey is { Length: > 32 })
            {
                problems.Add(at + ".dedupKey", "is at most 32 characters.");
            }

            Required(p.Title, at + ".title", problems);
            Required(p.Company, at + ".company", problems);
        }, p => p.DedupKey);

        // Postings not in the document may be stored already: the importer checks those and skips what it cannot link.
        Each(document.Evaluations, "evaluations", problems, (e, at) =>
        {
            Required(e.JobDedupKey, at + ".jobDedupKey", problems);
            if (string.IsNullOrWhiteSpace(e.ResumeSha256))
            {
                problems.Add(at + ".resumeSha256", "is required.");
            }
            else if (!resumes.Contains(e.ResumeSha256))
            {
                problems.Add(at + ".resumeSha256", "is neither in the document's resumes nor stored.");
            }
        }, null);

        Each(document.Applications, "applications", problems, (a, at) =>
        {
            Required(a.Title, at + ".title", problems);
            Required(a.Company, at + ".company", problems);
            if (a.Status is null)
            {
                problems.Add(at + ".status", "is required.");
            }

            if (a.SalaryOffered is { } salary && (!double.IsFinite(salary) || salary < 0))
            {
                problems.Add(at + ".salaryOffered", "must be a number of 0 or more.");
            }

            if (a.SalaryCurrency is { Length: > 0 } currency && !(currency.Length == 3 && currency.All(char.IsAsciiLetter)))
            {
                problems.Add(at + ".salaryCurrency", "must be a 3-letter ISO 4217 code.");
            }
        }, null);

        Each(document.StarRecords, "starRecords", problems, (s, at) =>
        {
            Required(s.Title, at + ".title", problems);
            if (s.ResumeSha256 is { } sha && !resumes.Contains(sha))
            {
                problems.Add(at + ".resumeSha256", "is neither in the document's resumes nor stored.");
            }
        }, null);

        Each(document.Contacts, "contacts", problems, (c, at) =>
        {
            Required(c.Name, at + ".name", problems);
            Each(c.Messages, at + ".messages", problems, (m, inner) =>
            {
                Required(m.Subject, inner + ".subject", problems);
                Required(m.Body, inner + ".body", problems);
            }, null);
        }, null);

        Each(document.Documents, "documents", problems, (d, at) =>
        {
            Required(d.Title, at + ".title", problems);
            if (string.IsNullOrWhiteSpace(d.ResumeSha256))
            {
                problems.Add(at + ".resumeSha256", "is required.");
            }
            else if (!resumes.Contains(d.ResumeSha256))
            {
                problems.Add(at + ".resumeSha256", "is neither in the document's resumes nor stored.");
            }

            foreach (var (name, sections) in new[] { ("sections", d.Sections), ("generatedSections", d.GeneratedSections) })
            {
                if (sections is { } list && list.ValueKind != JsonValueKind.Array)
                {
                    problems.Add($"{at}.{name}", "must be a list of {name, heading, text}.");
                }
            }
        }, null);

        return problems.ToDictionary();
    }

    private static void Each<T>(IReadOnlyList<T?>? items, string section, Problems problems, Action<T, string> check, Func<T, string?>? key)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (items?.Count ?? 0) && !problems.Full; i++)
        {
            var at = $"{section}[{i}]";
            if (items![i] is not { } item)
            {
                problems.Add(at, "must be an object, not null.");
                continue;
            }

            check(item, at);
            if (key?.Invoke(item) is { Length: > 0 } value && !seen.Add(value))
            {
                problems.Add(at, $"'{value}' appears more than once in {section}.");
            }
        }
    }

    private static void Required(string? value, string at, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(at, "is required.");
        }
    }

    private sealed class Problems
    {
        private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);
        private int _count;

        public bool Full => _count >= MaxProblems;

        public void Add(string path, string message)
        {
            _count++;
            if (_count > MaxProblems)
            {
                return;
            }

            if (!_byPath.TryGetValue(path, out var list))
            {
                _byPath[path] = list = [];
            }

            list.Add(_count == MaxProblems ? message + $" (stopped after {MaxProblems} problems)" : message);
        }

        public Dictionary<string, string[]> ToDictionary() => _byPath.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
