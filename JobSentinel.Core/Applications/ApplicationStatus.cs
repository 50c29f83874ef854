namespace JobSentinel.Core.Applications;

/// <summary>The board's columns, in order.</summary>
public enum ApplicationStatus
{
    Saved,
    Applied,
    Interviewing,
    Offer,
    Rejected,
    Withdrawn,
}
