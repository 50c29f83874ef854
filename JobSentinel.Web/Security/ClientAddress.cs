namespace JobSentinel.Web.Security;

public static class ClientAddress
{
    /// <summary>The caller's address (after forwarded headers when a reverse proxy is configured).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
