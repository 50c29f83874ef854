namespace JobSentinel.Core.Resumes;

/// <summary>A section while the parser fills it: canonical name, heading as written, and its lines.</summary>
internal sealed record SectionLines(string Name, string Heading, List<ResumeLine> Lines)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));

    public ResumeSection ToSection() => new(Name, Heading, Text);
}
