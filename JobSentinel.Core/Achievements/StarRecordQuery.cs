namespace JobSentinel.Core.Achievements;

/// <summary>The filters of <c>GET /star-records</c>: <c>skill</c> matches a tag exactly (any case), <c>q</c> every word anywhere in the text.</summary>
public sealed record StarRecordQuery(StarRecordStatus? Status = null, long? ResumeId = null, string? Skill = null, string? Q = null, int Page = 1, int PageSize = 50);
