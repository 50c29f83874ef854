using System.Text.Json.Serialization;

namespace JobSentinel.Core.Pipeline;

/// <summary>One step of a run; <see cref="Input"/>/<see cref="Output"/> (the trace) only when one run is asked for.</summary>
public sealed record PipelineStepView(
    string Name,
    PipelineStepStatus Status,
    long? DurationMs,
    string? Provider,
    int? Tokens,
    double CostUsd,
    string? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Input,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Output);
