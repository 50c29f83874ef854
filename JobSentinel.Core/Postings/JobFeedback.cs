namespace JobSentinel.Core.Postings;

/// <summary>The user's thumbs up/down on a posting.</summary>
public enum JobFeedback
{
    None,
    Up,
    Down,
}
