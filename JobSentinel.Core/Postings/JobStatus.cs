namespace JobSentinel.Core.Postings;

public enum JobStatus
{
    Open,
    Closed,
    Archived,
}
