namespace JobSentinel.Core.Pipeline;

/// <summary>What one step did: the provider that produced its output, tokens and cost, and its trace.</summary>
public sealed record StepOutcome(string Provider, int? Tokens, double CostUsd, string Input, string Output);
