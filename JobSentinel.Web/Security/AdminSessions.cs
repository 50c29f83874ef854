using System.Security.Claims;
using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Authentication;

namespace JobSentinel.Web.Security;

/// <summary>Signs the admin in and out with the session cookie.</summary>
public static class AdminSessions
{
    public static Task SignInAsync(HttpContext context, AdminUser admin)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.Name, admin.UserName),
            new(ClaimTypes.NameIdentifier, admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Role, "admin"),
            new(AuthSchemes.SecurityStampClaim, admin.SecurityStamp),
        ];
        if (admin.MustChangePassword)
        {
            claims.Add(new Claim(AuthSchemes.MustChangePasswordClaim, "true"));
        }

        return context.SignInAsync(AuthSchemes.Cookie, new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSchemes.Cookie)),
            new AuthenticationProperties { IsPersistent = true });
    }

    /// <summary>A local path to go back to after signing in; anything else becomes the dashboard.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
