using JobSentinel.Core.Sources;

namespace JobSentinel.Core.Dashboards;

/// <summary>An enabled source, its circuit and its latest run (null before the first one).</summary>
public sealed record ActiveSource(
    int Id, string Name, SourceType Type, CircuitState Circuit, ScrapeRunStatus? LastRunStatus, DateTime? LastRunAt, int? LastRunNew, string? LastRunError);
