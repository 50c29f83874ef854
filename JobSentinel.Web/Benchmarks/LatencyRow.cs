namespace JobSentinel.Web.Benchmarks;

/// <summary>A latency figure: the median and a tail percentile, against a target for that tail.</summary>
internal sealed record LatencyRow(string Name, double P50Ms, double TailMs, string Tail, double TargetMs)
{
    public bool Met => TailMs < TargetMs;

    public static LatencyRow Of(string name, IReadOnlyList<double> samplesMs, double percentile, double targetMs)
    {
        var sorted = samplesMs.Order().ToArray();
        return new LatencyRow(name, sorted[sorted.Length / 2], sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * percentile) - 1)],
            percentile >= 1 ? "max" : $"p{percentile * 100:0}", targetMs);
    }
}
