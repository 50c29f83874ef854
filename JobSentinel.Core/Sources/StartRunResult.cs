namespace JobSentinel.Core.Sources;

/// <summary>The answer to "run now": the run (new, or the one already waiting), or why not.</summary>
public sealed record StartRunResult(ScrapeRunView? Run, string? Refusal, bool NotFound = false, DateTime? RetryAt = null);
