namespace JobSentinel.Core.Resumes;

/// <summary>One non-empty visual line of a resume, trimmed; <see cref="BlankBefore"/> keeps the block breaks the extractor saw.</summary>
internal readonly record struct ResumeLine(string Text, bool BlankBefore);
