using JobSentinel.Core.Configuration;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;

namespace JobSentinel.Web.Extensions;

public static class SecurityExtensions
{
    public static void AddSecurity(this WebApplicationBuilder builder)
    {
        var sessionHours = builder.Configuration.GetValue<int?>($"{SecurityOptions.SectionName}:SessionHours") ?? 12;
        builder.Services.AddScoped<CookieSessionEvents>();
        builder.Services.AddAuthentication(AuthSchemes.Smart)
            .AddPolicyScheme(AuthSchemes.Smart, "Cookie or API key by path", options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api")
                || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader))
                    ? AuthSchemes.ApiKey
                    : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = ".JobSentinel.Session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/login";
                options.ReturnUrlParameter = "returnUrl";
                options.ExpireTimeSpan = TimeSpan.FromHours(sessionHours);
                options.SlidingExpiration = true;
                options.EventsType = typeof(CookieSessionEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthSchemes.AdminPolicy, policy => policy.AddAuthenticationSchemes(AuthSchemes.Cookie).RequireAuthenticatedUser())
            .AddPolicy(AuthSchemes.ApiPolicy, policy => policy.AddAuthenticationSchemes(AuthSchemes.ApiKey).RequireAuthenticatedUser())
            .AddPolicy(AuthSchemes.HubPolicy, policy => policy.AddAuthenticationSchemes(AuthSchemes.Cookie, AuthSchemes.ApiKey).RequireAuthenticatedUser());

        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        builder.Services.AddRateLimiter(RateLimiting.Configure);
        builder.Services.AddSingleton<RateLimitAuditor>();
        builder.Services.AddAntiforgery(options => options.Cookie.Name = ".JobSentinel.Antiforgery");
    }

    /// <summary>First in the pipeline so that every response, errors included, carries the headers.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.UseMiddleware<SecurityHeadersMiddleware>();

    /// <summary>Before routing: unknown and known API paths alike answer 401 without a valid key.</summary>
    public static void UseApiKeyGate(this WebApplication app) => app.UseMiddleware<ApiKeyGateMiddleware>();

    /// <summary>The API rate limiter runs after authentication so that each key has its own budget.</summary>
    public static void UseSecurityAfterRouting(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<PasswordChangeGateMiddleware>();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }
}
