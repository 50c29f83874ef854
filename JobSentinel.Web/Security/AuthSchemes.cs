namespace JobSentinel.Web.Security;

/// <summary>Names of the authentication schemes, policies and claims.</summary>
public static class AuthSchemes
{
    /// <summary>Picks the scheme by path: API key for <c>/api</c>, cookie (or API key) for <c>/hubs</c>, cookie elsewhere.</summary>
    public const string Smart = "Smart";
    public const string Cookie = "Cookies";
    public const string ApiKey = "ApiKey";

    /// <summary>Signed-in admin through the login cookie (UI, Hangfire dashboard).</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>A valid <c>X-API-Key</c>; the login cookie is never accepted here.</summary>
    public const string ApiPolicy = "Api";

    /// <summary>The login cookie or an API key header (SignalR clients).</summary>
    public const string HubPolicy = "Hub";

    public const string ApiKeyHeader = "X-API-Key";
    public const string SecurityStampClaim = "js:stamp";
    public const string MustChangePasswordClaim = "js:mustChangePassword";
    public const string ApiKeyIdClaim = "js:apiKeyId";
}
