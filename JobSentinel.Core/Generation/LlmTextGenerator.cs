using JobSentinel.Core.Configuration;
using JobSentinel.Core.Features;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Generation;

/// <summary>
/// Text generation through the configured OpenAI-compatible providers. This first version only decides when no LLM may
/// be used (none configured, flag off); the provider calls land with the LLM gateway work.
/// </summary>
public sealed class LlmTextGenerator(IOptionsMonitor<LlmOptions> options, FeatureFlags flags) : ITextGenerator
{
    public async Task<LlmOutcome> GenerateAsync(LlmRequest request, CancellationToken cancellationToken)
    {
        var sent = request.System + "\n\n" + request.User;
        if (!options.CurrentValue.Primary.IsConfigured && !options.CurrentValue.Backup.IsConfigured)
        {
            return new LlmOutcome(null, null, 0, 0, sent, "No LLM provider is configured.");
        }

        if (!await flags.IsEnabledAsync(FeatureNames.Llm, request.Subject, cancellationToken))
        {
            return new LlmOutcome(null, null, 0, 0, sent, "LLM use is turned off by the 'llm' feature flag.");
        }

        return new LlmOutcome(null, null, 0, 0, sent, "LLM provider calls are not available in this build.");
    }
}
