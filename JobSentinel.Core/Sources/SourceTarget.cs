namespace JobSentinel.Core.Sources;

/// <summary>What identifies the board of a source type.</summary>
public enum SourceTarget
{
    /// <summary>A board name on the board's API (Greenhouse token, Lever site...).</summary>
    Board,

    /// <summary>An address (feed, careers page).</summary>
    Url,

    /// <summary>Nothing: the board is one site (RemoteOK, Remotive...).</summary>
    None,
}
