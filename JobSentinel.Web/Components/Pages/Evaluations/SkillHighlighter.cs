using System.Text.RegularExpressions;
using JobSentinel.Core.Skills;

namespace JobSentinel.Web.Components.Pages.Evaluations;

/// <summary>
/// Splits a text into plain runs and mentions of given skills (by name or any alias of the taxonomy), so that
/// the side-by-side view can colour what the resume has and what it lacks.
/// </summary>
public sealed class SkillHighlighter
{
    public enum Kind
    {
        Plain,
        Matched,
        Missing,
    }

    public readonly record struct Segment(string Text, Kind Kind);

    private readonly Regex? _pattern;
    private readonly Dictionary<string, Kind> _kinds = new(StringComparer.OrdinalIgnoreCase);
    private readonly SkillTaxonomy _taxonomy;

    public SkillHighlighter(SkillTaxonomy taxonomy, IEnumerable<string> matched, IEnumerable<string> missing)
    {
        _taxonomy = taxonomy;
        foreach (var skill in missing)
        {
            _kinds[skill] = Kind.Missing;
        }

        foreach (var skill in matched)
        {
            _kinds[skill] = Kind.Matched;
        }

        var terms = _kinds.Keys
            .SelectMany(name => taxonomy.Find(name) is { } skill ? skill.Aliases.Prepend(skill.Name) : [name])
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length) // longest first: "Spring Boot" before "Spring"
            .Select(Regex.Escape)
            .ToList();
        if (terms.Count > 0)
        {
            _pattern = new Regex($@"(?<![\w#+.])(?:{string.Join('|', terms)})(?![\w#+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public IReadOnlyList<Segment> Split(string text)
    {
        if (_pattern is null)
        {
            return [new Segment(text, Kind.Plain)];
        }

        List<Segment> segments = [];
        var at = 0;
        foreach (Match match in _pattern.Matches(text))
        {
            var skill = _taxonomy.Find(match.Value)?.Name ?? match.Value;
            if (!_kinds.TryGetValue(skill, out var kind))
            {
                continue;
            }

            if (match.Index > at)
            {
                segments.Add(new Segment(text[at..match.Index], Kind.Plain));
            }

            segments.Add(new Segment(match.Value, kind));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new Segment(text[at..], Kind.Plain));
        }

        return segments;
    }
}
