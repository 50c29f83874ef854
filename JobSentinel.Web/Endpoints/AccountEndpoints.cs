using JobSentinel.Core.Security;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace JobSentinel.Web.Endpoints;

/// <summary>Sign-out (sign-in and password change are handled by their static pages).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this WebApplication app) =>
        app.MapPost("/account/logout", async (HttpContext context, AuditLog auditLog) =>
            {
                await auditLog.WriteAsync(AuditKinds.Logout, context.User.Identity?.Name, ClientAddress.Of(context), null, context.RequestAborted);
                await context.SignOutAsync(AuthSchemes.Cookie);
                return Results.Redirect("/login");
            })
            .RequireAuthorization(AuthSchemes.AdminPolicy)
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
}
