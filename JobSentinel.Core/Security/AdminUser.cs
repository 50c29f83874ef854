namespace JobSentinel.Core.Security;

/// <summary>The account that signs in to the UI and the Hangfire dashboard.</summary>
public sealed class AdminUser
{
    public int Id { get; set; }

    public required string UserName { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>Set for a generated first-run password; cleared by the first password change.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Changes whenever every existing session must end (password change, revoke everything).</summary>
    public required string SecurityStamp { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime PasswordChangedAt { get; set; }

    public DateTime? LastLoginAt { get; set; }
}
