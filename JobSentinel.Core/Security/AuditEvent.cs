namespace JobSentinel.Core.Security;

/// <summary>One security-relevant event: logins, key use failures, configuration changes.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string Kind { get; set; }

    public string? Actor { get; set; }

    public string? RemoteIp { get; set; }

    public string? Detail { get; set; }
}
