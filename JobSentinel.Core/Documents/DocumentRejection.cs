namespace JobSentinel.Core.Documents;

/// <summary>Why a document was refused; the API maps these to 413, 415 and 400.</summary>
public enum DocumentRejection
{
    /// <summary>Larger than the configured maximum (or unpacks to more than allowed).</summary>
    TooLarge,

    /// <summary>Not one of the supported formats, or content that contradicts the file name (a renamed file).</summary>
    UnsupportedType,

    /// <summary>Supported format but nothing readable: encrypted, corrupt, empty, or images only.</summary>
    Unreadable,
}
