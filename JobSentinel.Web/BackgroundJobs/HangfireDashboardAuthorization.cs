using Hangfire.Dashboard;
using JobSentinel.Web.Security;

namespace JobSentinel.Web.BackgroundJobs;

/// <summary>The dashboard is for the signed-in admin only (the endpoint also requires the admin policy).</summary>
public sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity is { IsAuthenticated: true, AuthenticationType: AuthSchemes.Cookie }
            && !user.HasClaim(AuthSchemes.MustChangePasswordClaim, "true");
    }
}
