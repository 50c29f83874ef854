namespace JobSentinel.Core.Documents;

/// <summary>A document that cannot be analysed; the message tells the user what is wrong with it.</summary>
public sealed class DocumentRejectedException(DocumentRejection reason, string message) : Exception(message)
{
    public DocumentRejection Reason { get; } = reason;
}
