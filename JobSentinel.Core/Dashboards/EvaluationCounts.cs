namespace JobSentinel.Core.Dashboards;

/// <summary>Evaluations requested in one bucket, by how they ended (pending = queued or still processing).</summary>
public sealed record EvaluationCounts(DateTime Start, int Completed, int Failed, int Pending);
