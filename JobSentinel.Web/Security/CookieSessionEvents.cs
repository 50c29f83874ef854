using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace JobSentinel.Web.Security;

/// <summary>
/// Ends a session whose security stamp is no longer current (password changed, sessions revoked),
/// and answers 401 instead of redirecting to the login page for API and hub requests.
/// </summary>
public sealed class CookieSessionEvents(AdminAccountService accounts) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var presented = context.Principal?.FindFirst(AuthSchemes.SecurityStampClaim)?.Value;
        var current = await accounts.GetSecurityStampAsync(context.HttpContext.RequestAborted);
        if (presented is null || presented != current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        AnswerOrRedirect(context, StatusCodes.Status401Unauthorized);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context) =>
        AnswerOrRedirect(context, StatusCodes.Status403Forbidden);

    private static Task AnswerOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
