namespace JobSentinel.Core.Sources.Fetching;

/// <summary>A board answered with an error status (after retries); the message is shown as the run's error.</summary>
public sealed class SourceHttpException(string message, int? statusCode, Exception? innerException = null) : Exception(message, innerException)
{
    public int? StatusCode { get; } = statusCode;
}
