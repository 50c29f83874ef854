namespace JobSentinel.Core.Profiles;

/// <summary>
/// A posting's best score over all profiles, in a narrow table of its own so that rescoring every
/// posting rewrites small rows rather than the postings themselves. Reasons are worked out when a
/// posting is shown, from the same rules.
/// </summary>
public sealed class JobMatch
{
    public long JobId { get; set; }

    public double Score { get; set; }

    public int ProfileId { get; set; }
}
