namespace JobSentinel.Core.Security;

/// <summary>Filters of the audit trail: exact kind, actor containing a text, detail containing a text, not before a time.</summary>
public sealed record AuditQuery(string? Kind = null, string? Actor = null, string? Search = null, DateTime? Since = null);
