namespace JobSentinel.Core.Sources.Fetching;

/// <summary>Receives progress from a fetch so that "Run now" can show it live.</summary>
public interface IFetchProgress
{
    /// <summary>One more HTTP request was made (retries included).</summary>
    void Request();

    /// <summary>Postings fetched so far.</summary>
    void Fetched(int postingsSoFar);
}
