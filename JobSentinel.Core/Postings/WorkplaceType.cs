namespace JobSentinel.Core.Postings;

public enum WorkplaceType
{
    Unknown,
    Remote,
    Hybrid,
    Onsite,
}
