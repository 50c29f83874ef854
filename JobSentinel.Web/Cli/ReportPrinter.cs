using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Resumes;

namespace JobSentinel.Web.Cli;

/// <summary>Plain-text reports for the terminal.</summary>
public static class ReportPrinter
{
    public static async Task PrintResumeAsync(TextWriter output, string fileName, ResumeAnalysis analysis)
    {
        var (resume, report) = (analysis.Resume, analysis.Report);
        await output.WriteLineAsync($"Resume      {fileName} ({analysis.Document.Format}, {analysis.Document.Layout.Pages} page(s), {report.WordCount} words)");
        await output.WriteLineAsync($"Candidate   {resume.Contact.Name ?? "(no name found)"}  {resume.Contact.Email}  {resume.Contact.Phone}");
        await output.WriteLineAsync($"Experience  {resume.YearsExperience:0.#} years in {resume.Roles.Count} role(s); education: {resume.EducationLevel}");
        await output.WriteLineAsync($"Sections    {string.Join(", ", resume.Sections.Select(s => s.Name).Distinct())}");
        await output.WriteLineAsync($"Skills      {string.Join(", ", resume.Skills.Select(s => s.Skill))}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"ATS score   {report.Score}/100 ({report.Rating})");
        await output.WriteLineAsync($"Per ATS     {string.Join("  ", report.PerAts.Select(p => $"{p.Key} {p.Value}"))}");
        foreach (var issue in report.Issues)
        {
            await output.WriteLineAsync($"  [{issue.Severity}] {issue.Message}");
            await output.WriteLineAsync($"      fix: {issue.Fix}");
        }
    }

    public static async Task PrintRelevanceAsync(TextWriter output, string jobName, RelevanceResult result)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Relevance to {jobName}: {result.RelevanceScore}/100 ({result.Verdict})");
        await output.WriteLineAsync($"  hard match {result.HardMatch.Score}, soft match {result.SoftMatch.Score} ({result.SoftMatch.Method}), " +
            $"experience fit {result.ExperienceFit:P0}, education fit {result.EducationFit:P0}");
        await output.WriteLineAsync($"  matched: {string.Join(", ", result.HardMatch.MatchedSkills)}");
        await output.WriteLineAsync($"  missing: {string.Join(", ", result.MissingSkills)}");
        foreach (var suggestion in result.Suggestions)
        {
            await output.WriteLineAsync($"  - {suggestion}");
        }
    }
}
