namespace JobSentinel.Core.Resumes;

/// <summary>Contact details found at the top of a resume; null or empty where the resume has none.</summary>
public sealed record ContactInfo(string? Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links);
