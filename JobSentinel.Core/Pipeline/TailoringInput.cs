using JobSentinel.Core.Achievements;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Core.Pipeline;

/// <summary>What a tailored document is made from: the parsed resume, its accepted STAR records and the posting.</summary>
/// <param name="JobSkills">The posting's skills (canonical taxonomy names) in order of first mention.</param>
public sealed record TailoringInput(
    ParsedResume Resume,
    IReadOnlyList<StarRecord> Stars,
    string JobTitle,
    string Company,
    IReadOnlyList<string> JobSkills)
{
    /// <summary>The texts every generated statement must come from (the fabrication guard's sources).</summary>
    public IEnumerable<string> SourceTexts() =>
        Stars.SelectMany(s => new[] { s.Title, s.Situation, s.Task, s.Action, s.Result, s.Company ?? "", s.Role ?? "", s.SourceText ?? "" })
            .Prepend(Resume.Text);

    public FabricationGuard Guard() => new(SourceTexts(), [Company, JobTitle, "Hiring Manager", "hiring team"]);

    /// <summary>The most recent role's title, or null when the resume lists none.</summary>
    public string? RecentTitle => Resume.Roles.Count > 0 ? Resume.Roles[0].Title : null;
}
