namespace JobSentinel.Core.Configuration;

/// <summary>Authentication and abuse protection (section <c>JobSentinel:Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "JobSentinel:Security";

    /// <summary>When set, the admin password is set to this value at every start (no forced change).</summary>
    public string? AdminPassword { get; set; }

    /// <summary>When set, an API key with exactly this value exists after startup.</summary>
    public string? BootstrapApiKey { get; set; }

    public bool RequireApiKeyForHealth { get; set; }

    public bool RequireApiKeyForMetrics { get; set; }

    public int LoginAttemptsPerMinute { get; set; } = 10;

    public int ApiRequestsPerMinute { get; set; } = 1200;

    public int SessionHours { get; set; } = 12;

    public int MinimumPasswordLength { get; set; } = 12;
}
