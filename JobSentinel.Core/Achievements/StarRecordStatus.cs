namespace JobSentinel.Core.Achievements;

public enum StarRecordStatus
{
    /// <summary>Imported from a resume bullet, not yet reviewed: not used by generated documents.</summary>
    Suggested,

    /// <summary>Written or accepted by the user: used by generated documents.</summary>
    Accepted,

    /// <summary>A suggestion the user dismissed (or a resume record they deleted): hidden, and never suggested again from that bullet.</summary>
    Dismissed,
}
