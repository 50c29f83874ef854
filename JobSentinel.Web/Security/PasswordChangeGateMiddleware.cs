namespace JobSentinel.Web.Security;

/// <summary>Until the generated first-run password is changed, every page leads to the change-password page.</summary>
public sealed class PasswordChangeGateMiddleware(RequestDelegate next)
{
    public const string ChangePasswordPath = "/account/change-password";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(AuthSchemes.MustChangePasswordClaim, "true") && !IsAllowed(context.Request.Path))
        {
            context.Response.Redirect(ChangePasswordPath);
            return Task.CompletedTask;
        }

        return next(context);
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/login")
        || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/css") || path.StartsWithSegments("/favicon.svg")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics") || path.StartsWithSegments("/api");
}
