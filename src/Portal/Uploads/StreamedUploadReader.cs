using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Ukspf.Portal.Uploads;

/// <summary>
/// Reads an upload form as it arrives, so that its size and type are checked before any of the file is buffered:
/// the declared length first, then the antiforgery token (the form puts it before the file), then the file's name.
/// Only then is the file handed on, as the request's own stream. Pages that use it opt out of the framework's
/// antiforgery check, which would read (and buffer) the whole form first, and rely on this one.
/// </summary>
public sealed class StreamedUploadReader(IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, ILogger<StreamedUploadReader> logger)
{
    private const int MaxFieldBytes = 4096;

    /// <summary>Reads the form up to the start of the file's content.</summary>
    public async Task<StreamedUpload> ReadAsync(HttpContext context, UploadRules rules, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var tooLarge = $"The selected file must be smaller than {rules.MaxShown}. Remove anything you have added to the template (pictures, extra sheets) and upload it again.";
        if (request.ContentLength > rules.MaxRequestBytes) return StreamedUpload.Refused(tooLarge);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = rules.MaxRequestBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return new StreamedUpload(null, null, $"Select a {rules.Kind} to upload.", Forged: true);

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 * 1024 };
        var tokenChecked = false;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)) continue;
                var given = StringSegment.IsNullOrEmpty(disposition.FileNameStar) ? disposition.FileName : disposition.FileNameStar;
                if (StringSegment.IsNullOrEmpty(given))
                {
                    var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                    if (name == antiforgeryOptions.Value.FormFieldName)
                    {
                        if (!await TokenIsValidAsync(context, await ReadFieldAsync(section.Body, cancellationToken))) return new StreamedUpload(null, null, null, Forged: true);
                        tokenChecked = true;
                    }
                    continue;
                }
                if (!tokenChecked) return new StreamedUpload(null, null, null, Forged: true);
                var fileName = Path.GetFileName((HeaderUtilities.RemoveQuotes(given).Value ?? "").Replace('\\', '/'));
                if (string.IsNullOrWhiteSpace(fileName)) return StreamedUpload.Refused($"Select a {rules.Kind} to upload.");
                if (!rules.Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
                    return StreamedUpload.Refused($"The selected file must be {rules.KindsAccepted}. '{Shorten(fileName)}' is not.");
                return new StreamedUpload(fileName, section.Body, null);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return StreamedUpload.Refused(tooLarge);
        }
        catch (IOException)
        {
            return new StreamedUpload(null, null, $"Select a {rules.Kind} to upload.", Forged: !tokenChecked);
        }
        return tokenChecked ? StreamedUpload.Refused($"Select a {rules.Kind} to upload.") : new StreamedUpload(null, null, null, Forged: true);
    }

    // The token is checked as the framework checks it, from the header it reads before the form: the form's own
    // field is copied there, so nothing past it needs reading.
    private async Task<bool> TokenIsValidAsync(HttpContext context, string token)
    {
        var header = antiforgeryOptions.Value.HeaderName ?? "RequestVerificationToken";
        context.Request.Headers[header] = token;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return true;
        }
        catch (AntiforgeryValidationException e)
        {
            logger.LogInformation("An upload to {Path} was refused: {Reason}", context.Request.Path, e.Message);
            return false;
        }
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFieldBytes];
        var read = 0;
        while (read < buffer.Length && await body.ReadAsync(buffer.AsMemory(read), cancellationToken) is var n and > 0) read += n;
        return System.Text.Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static string Shorten(string name) => Domain.Returns.XmlCharacters.CleanAndShorten(name, 80);
}
