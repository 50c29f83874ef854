using JobSentinel.Core.Configuration;
using JobSentinel.Core.Documents;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Endpoints;

/// <summary>
/// Reads one file of a multipart upload within the configured size, and turns every way an upload can be
/// wrong into a ProblemDetails answer (413 too large, 415 unsupported, 400 missing or unreadable).
/// </summary>
public static class UploadedFile
{
    public sealed record Upload(byte[] Content, string FileName, IFormCollection Form);

    /// <summary>The file in <paramref name="field"/>, or the problem to answer with.</summary>
    public static async Task<(Upload? Upload, IResult? Problem)> ReadAsync(
        HttpRequest request, string field, IOptionsMonitor<UploadsOptions> options, CancellationToken cancellationToken)
    {
        var maxBytes = options.CurrentValue.MaxBytes;
        if (!request.HasFormContentType)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Upload expected",
                $"Send the file as multipart/form-data in the field '{field}'."));
        }

        // The form may carry a little more than the file (other fields, part headers).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes + 1024 * 1024;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = maxBytes + 1024 * 1024 }, cancellationToken);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return (null, TooLarge(maxBytes));
        }
        catch (BadHttpRequestException ex)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed upload", ex.Message));
        }

        var file = form.Files.GetFile(field);
        if (file is null)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "File missing", $"The form has no file in the field '{field}'."));
        }

        if (file.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return (new Upload(buffer.ToArray(), file.FileName, form), null);
    }

    /// <summary>The answer for a document the analysis refused.</summary>
    public static IResult Rejected(DocumentRejectedException rejected) => rejected.Reason switch
    {
        DocumentRejection.TooLarge => Problem(StatusCodes.Status413PayloadTooLarge, "File too large", rejected.Message),
        DocumentRejection.UnsupportedType => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported file", rejected.Message),
        _ => Problem(StatusCodes.Status400BadRequest, "Unreadable document", rejected.Message),
    };

    private static IResult TooLarge(long maxBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "File too large", $"Files may be at most {maxBytes / (1024.0 * 1024):0.#} MB.");

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
