namespace JobSentinel.Core.Achievements;

/// <summary>The body of <c>POST</c> and <c>PUT /star-records</c>: on PUT a field left out keeps its value.</summary>
public sealed class StarRecordDraft
{
    public string? Title { get; set; }

    public string? Situation { get; set; }

    public string? Task { get; set; }

    public string? Action { get; set; }

    public string? Result { get; set; }

    public List<string?>? Skills { get; set; }

    public string? Company { get; set; }

    public string? Role { get; set; }

    /// <summary>Only on create: records written by hand are accepted unless <c>suggested</c> is asked.</summary>
    public StarRecordStatus? Status { get; set; }
}
