using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Pipeline;

/// <summary>The runner's slots: at most <see cref="PipelineOptions.MaxConcurrentRuns"/> runs process at once in this process.</summary>
public sealed class PipelineCapacity(IOptions<PipelineOptions> options)
{
    private int _active;

    public int Max { get; } = options.Value.MaxConcurrentRuns;

    public int Active => Volatile.Read(ref _active);

    public int Percent => Max == 0 ? 100 : (int)Math.Round(100.0 * Active / Max);

    /// <summary>Takes a slot; false when all are taken.</summary>
    public bool TryEnter()
    {
        while (true)
        {
            var active = Volatile.Read(ref _active);
            if (active >= Max)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _active, active + 1, active) == active)
            {
                return true;
            }
        }
    }

    public void Exit() => Interlocked.Decrement(ref _active);
}
