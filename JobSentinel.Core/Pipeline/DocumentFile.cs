namespace JobSentinel.Core.Pipeline;

/// <summary>A document exported for download: its bytes, content type and a clean file name.</summary>
public sealed record DocumentFile(byte[] Content, string ContentType, string FileName);
