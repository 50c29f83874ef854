namespace JobSentinel.Core.Security;

/// <summary>
/// "Revoke everything" (SPEC §6): every API key is revoked, the caller's included, and the admin's security stamp
/// changes so that every signed-in browser session ends at its next request. Returns how many keys were revoked.
/// </summary>
public sealed class RevokeEverything(ApiKeyService apiKeys, AdminAccountService accounts, AuditLog auditLog)
{
    public async Task<int> RunAsync(string? actor, string? remoteIp, CancellationToken cancellationToken)
    {
        var keys = await apiKeys.RevokeAllAsync(actor, cancellationToken);
        await accounts.RevokeSessionsAsync(cancellationToken);
        await auditLog.WriteAsync(AuditKinds.SecurityRevokedAll, actor, remoteIp,
            $"{keys} API key(s) revoked and every browser session ended", cancellationToken);
        return keys;
    }
}
