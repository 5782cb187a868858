namespace Ukspf.Portal.Uploads;

/// <summary>
/// A file being uploaded, read straight from the request: its name and a forward-only stream of its bytes; or why
/// it was turned away before its content was read.
/// </summary>
/// <param name="FileName">The file's name as the browser gave it (no folders).</param>
/// <param name="Content">The file's bytes, streamed from the request body; valid until the request ends.</param>
/// <param name="Problem">Why the upload was turned away, in the user's words; null when it can be used.</param>
/// <param name="Forged">True when the form's antiforgery token was missing or wrong: the request is refused, not answered.</param>
public sealed record StreamedUpload(string? FileName, Stream? Content, string? Problem, bool Forged = false)
{
    /// <summary>An upload turned away, with the reason.</summary>
    public static StreamedUpload Refused(string problem) => new(null, null, problem);
}
