using JobSentinel.Core.Configuration;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Sources;

/// <summary>Bounds how many runs fetch at once (default 10); the others wait for a slot.</summary>
public sealed class ScrapeConcurrency(IOptions<ScrapingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRuns, options.Value.MaxConcurrentRuns);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
