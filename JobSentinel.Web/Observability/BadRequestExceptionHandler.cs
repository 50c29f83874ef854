using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace JobSentinel.Web.Observability;

/// <summary>
/// A request the endpoint could not bind (malformed JSON, a missing body, a value of the wrong type) answers a
/// ProblemDetails that says what was wrong and where, instead of a bare "Bad Request". Endpoint binding throws
/// these because <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        if (!Extensions.ObservabilityExtensions.IsApiLike(httpContext))
        {
            // A UI form post (e.g. a stale antiforgery token) keeps its 400 instead of becoming the 500 error page.
            await httpContext.Response.WriteAsync(Describe(bad), cancellationToken);
            return true;
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported content type" : "The request could not be read",
                Detail = Describe(bad),
            },
        });
    }

    internal static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        // System.Text.Json says where the body went wrong ("... Path: $.status | LineNumber: 0 | BytePositionInLine: 10.").
        JsonException json => $"The request body is not valid JSON for this endpoint: {json.Message}",
        _ => bad.Message,
    };
}
