namespace JobSentinel.Core.Resumes;

/// <summary>How much an ATS issue costs, most severe first.</summary>
public enum IssueSeverity
{
    Critical,
    High,
    Medium,
    Low,
}
