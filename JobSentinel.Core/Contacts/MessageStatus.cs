namespace JobSentinel.Core.Contacts;

public enum MessageStatus
{
    Draft,
    Approved,
    Sent,
    Rejected,
}
