namespace JobSentinel.Core.Sources;

/// <summary>
/// The board answered, but not with what its API returns (HTML instead of JSON, malformed JSON, a
/// missing envelope). The message is written for the user and shown as the run's error.
/// </summary>
public sealed class SourceFormatException(string message, Exception? innerException = null) : Exception(message, innerException);
