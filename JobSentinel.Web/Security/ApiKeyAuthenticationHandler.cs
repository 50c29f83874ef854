using System.Security.Claims;
using System.Text.Encodings.Web;
using JobSentinel.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Security;

/// <summary>Authenticates the <c>X-API-Key</c> header against the stored key hashes.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyService apiKeys,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values) || values.Count == 0 || string.IsNullOrEmpty(values[0]))
        {
            return AuthenticateResult.NoResult();
        }

        var identity = await apiKeys.ValidateAsync(values[0], Context.RequestAborted);
        if (identity is null)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, identity.Name),
                new Claim(AuthSchemes.ApiKeyIdClaim, identity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            AuthSchemes.ApiKey));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, AuthSchemes.ApiKey));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{AuthSchemes.ApiKey} header=\"{AuthSchemes.ApiKeyHeader}\"";
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader)
                    ? "The X-API-Key header does not hold a valid API key."
                    : "This endpoint requires an API key in the X-API-Key header.",
            },
        });
    }
}
