using System.Text.Json.Serialization;

namespace JobSentinel.Core.Live;

/// <summary>
/// An event pushed live to open pages (through the in-process notifier) and to SignalR clients of
/// <c>/hubs/events</c>, where the hub method name is <see cref="Type"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HealthChanged), HealthChanged.TypeName)]
[JsonDerivedType(typeof(WorkItemChanged), WorkItemChanged.TypeName)]
[JsonDerivedType(typeof(ScrapeRunChanged), ScrapeRunChanged.TypeName)]
[JsonDerivedType(typeof(JobsDiscovered), JobsDiscovered.TypeName)]
[JsonDerivedType(typeof(MatchesFound), MatchesFound.TypeName)]
[JsonDerivedType(typeof(RescoreProgress), RescoreProgress.TypeName)]
[JsonDerivedType(typeof(AlertsChanged), AlertsChanged.TypeName)]
[JsonDerivedType(typeof(EvaluationChanged), EvaluationChanged.TypeName)]
[JsonDerivedType(typeof(PipelineRunChanged), PipelineRunChanged.TypeName)]
public abstract record LiveEvent
{
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>When it happened; stamped by the notifier when left unset.</summary>
    public DateTime At { get; init; }
}

/// <summary>The state of one health component as shown on the dashboard.</summary>
public sealed record ComponentHealth(string Name, string Status, string? Description, double DurationMs);

/// <summary>The overall health or one of its components changed.</summary>
public sealed record HealthChanged(string Status, IReadOnlyList<ComponentHealth> Components) : LiveEvent
{
    public const string TypeName = "healthChanged";

    public override string Type => TypeName;
}

/// <summary>A background work item was queued, started, finished or failed.</summary>
public sealed record WorkItemChanged(long Id, string Kind, string Status, string? Error) : LiveEvent
{
    public const string TypeName = "workItemChanged";

    public override string Type => TypeName;
}

/// <summary>A scrape run was queued, made progress, completed or failed.</summary>
public sealed record ScrapeRunChanged(
    long RunId, int SourceId, string SourceName, string Status, string Phase, int Requests, int JobsFound, int JobsNew, int JobsUpdated, string? Error) : LiveEvent
{
    public const string TypeName = "scrapeRunChanged";

    public override string Type => TypeName;
}

/// <summary>A run stored postings that were not known before.</summary>
public sealed record JobsDiscovered(int SourceId, string SourceName, int Count, IReadOnlyList<long> JobIds) : LiveEvent
{
    public const string TypeName = "jobsDiscovered";

    public override string Type => TypeName;
}

/// <summary>One scored posting in <see cref="MatchesFound"/>.</summary>
public sealed record MatchSummary(long JobId, string Title, string Company, double Score, string ProfileName, bool Immediate);

/// <summary>New or changed postings were scored; <see cref="MatchSummary.Immediate"/> ones reached their profile's immediate-alert threshold.</summary>
public sealed record MatchesFound(IReadOnlyList<MatchSummary> Matches) : LiveEvent
{
    public const string TypeName = "matchesFound";

    public override string Type => TypeName;
}

/// <summary>Rescoring every stored posting (after a profile change or feedback): running, then completed or failed.</summary>
public sealed record RescoreProgress(string Status, int Done, int Total, string Reason, string? Error) : LiveEvent
{
    public const string TypeName = "rescoreProgress";

    public override string Type => TypeName;
}

/// <summary>The alert outbox changed: counts by status, for the Alerts page and the failure banner.</summary>
public sealed record AlertsChanged(int Pending, int Failed, int SentLastDay) : LiveEvent
{
    public const string TypeName = "alertsChanged";

    public override string Type => TypeName;
}

/// <summary>An evaluation was queued, made progress, completed or failed; <see cref="Queued"/> is the queue length after it.</summary>
public sealed record EvaluationChanged(long Id, string Status, int Progress, int? RelevanceScore, string? Verdict, string? Error, int Queued) : LiveEvent
{
    public const string TypeName = "evaluationChanged";

    public override string Type => TypeName;
}

/// <summary>A pipeline run or one of its steps changed (queued, started, step finished, completed, failed).</summary>
public sealed record PipelineRunChanged(long Id, long JobId, string Status, string? Step, string? StepStatus, string? Error) : LiveEvent
{
    public const string TypeName = "pipelineRunChanged";

    public override string Type => TypeName;
}
