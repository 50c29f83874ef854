using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace JobSentinel.Web.Security;

/// <summary>Ends open Blazor circuits of a session that was revoked (password change, revoke everything).</summary>
public sealed class SessionRevalidation(ILoggerFactory loggerFactory, AdminAccountService accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var presented = authenticationState.User.FindFirst(AuthSchemes.SecurityStampClaim)?.Value;
        return presented is not null && presented == await accounts.GetSecurityStampAsync(cancellationToken);
    }
}
