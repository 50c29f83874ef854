namespace JobSentinel.Core.Health;

/// <summary>The outcome of one background PDF render: Chromium's version and the render time, or why it failed.</summary>
public sealed record PdfProbeResult(DateTime At, bool Ok, string? ChromiumVersion, double RenderMs, string? Error);
