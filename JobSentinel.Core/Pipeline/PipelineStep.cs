namespace JobSentinel.Core.Pipeline;

/// <summary>One step of a <see cref="PipelineRun"/>, with what went in and came out (the run's trace).</summary>
public sealed class PipelineStep
{
    public long Id { get; set; }

    public long RunId { get; set; }

    /// <summary>Position in the run (0-based).</summary>
    public int Order { get; set; }

    /// <summary>camelCase step name: companyResearch, fitAnalysis, tailoredCv, coverLetter, outreach, pdf.</summary>
    public required string Name { get; set; }

    public PipelineStepStatus Status { get; set; }

    public long? DurationMs { get; set; }

    /// <summary>What produced the output: "template", "cache", "llm:primary (model)", "chromium", "local".</summary>
    public string? Provider { get; set; }

    public int? Tokens { get; set; }

    public double CostUsd { get; set; }

    public string? Error { get; set; }

    /// <summary>Trace: the step's input (for an LLM step, exactly what was sent), JSON or text, truncated.</summary>
    public string? Input { get; set; }

    /// <summary>Trace: the step's output, JSON or text, truncated.</summary>
    public string? Output { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }
}
