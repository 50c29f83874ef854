namespace JobSentinel.Core.Security;

/// <summary>Encrypts secrets kept in the database (API keys of boards, webhook URLs, passwords) with the app's data-protection keys.</summary>
public interface ISecretProtector
{
    string Protect(string plainText);

    /// <summary>The plain text, or null when the value cannot be decrypted (keys lost or rotated away).</summary>
    string? Unprotect(string protectedText);
}
