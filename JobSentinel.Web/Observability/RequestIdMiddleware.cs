using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JobSentinel.Web.Observability;

/// <summary>
/// Gives every request an id (a caller's <c>X-Request-Id</c> when it is sane, else the trace id),
/// echoes it in the response, and puts it in the logging scope and in ProblemDetails.
/// </summary>
public sealed partial class RequestIdMiddleware(RequestDelegate next, ILogger<RequestIdMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var requestId = SafeId().IsMatch(incoming)
            ? incoming
            : Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.Headers[HeaderName] = requestId;
        using (logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId }))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex SafeId();
}
