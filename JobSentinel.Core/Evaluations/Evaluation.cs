namespace JobSentinel.Core.Evaluations;

/// <summary>A background evaluation of a resume against a stored posting or a job description.</summary>
public sealed class Evaluation
{
    public long Id { get; set; }

    public long ResumeId { get; set; }

    public long? JobId { get; set; }

    public long? JobDescriptionId { get; set; }

    public EvaluationStatus Status { get; set; }

    /// <summary>0–100 while processing.</summary>
    public int Progress { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public int? RelevanceScore { get; set; }

    public Verdict? Verdict { get; set; }

    /// <summary><see cref="RelevanceResult"/> as JSON once completed.</summary>
    public string? ResultJson { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
