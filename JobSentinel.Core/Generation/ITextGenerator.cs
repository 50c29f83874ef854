namespace JobSentinel.Core.Generation;

/// <summary>What a caller asks an LLM for: a purpose (for cost accounting and the trace), a system and a user message.</summary>
/// <param name="Purpose">camelCase: tailoredCv, coverLetter, outreach...</param>
/// <param name="Subject">What the flag percentage rollout is decided on (e.g. "run:12"); null = only 100 % counts.</param>
public sealed record LlmRequest(string Purpose, string System, string User, int MaxOutputTokens = 1200, string? Subject = null);

/// <summary>
/// The answer of <see cref="ITextGenerator"/>. <see cref="Text"/> is null when no provider answered; then
/// <see cref="FallbackReason"/> says why (not configured, flag off, cost cap reached, primary and backup failures) and
/// the caller uses its deterministic template. <see cref="Sent"/> is exactly what was (or would have been) sent, after
/// redaction, for the trace.
/// </summary>
/// <param name="Provider">"llm:primary (model)", "llm:backup (model)", "cache (model)", or null without text.</param>
public sealed record LlmOutcome(string? Text, string? Provider, int Tokens, double CostUsd, string Sent, string? FallbackReason);

/// <summary>Text generation through the configured OpenAI-compatible providers (primary, then backup).</summary>
public interface ITextGenerator
{
    Task<LlmOutcome> GenerateAsync(LlmRequest request, CancellationToken cancellationToken);
}

/// <summary>What a request would send (after redaction) and whether a provider would be asked; nothing is sent.</summary>
/// <param name="WouldCallProvider">False when templates would be used without asking (see <see cref="Reason"/>); a cached answer may still serve it.</param>
public sealed record LlmPreview(
    string System, string User, string Sent, bool Redacted, bool WouldCallProvider, string? Reason, IReadOnlyList<string> Providers);
