namespace JobSentinel.Core.Pipeline;

public enum DocumentKind
{
    Cv,
    CoverLetter,
    Outreach,
}
