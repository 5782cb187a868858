namespace Ukspf.Portal.Uploads;

/// <summary>What an upload form accepts.</summary>
/// <param name="MaxBytes">The largest file accepted.</param>
/// <param name="Extensions">The file name endings accepted, lower case with the dot (".xlsx").</param>
/// <param name="Kind">What the file is, as a message names it ("return", "allocations file").</param>
/// <param name="KindsAccepted">The types accepted as a message names them ("an Excel workbook (.xlsx)").</param>
public sealed record UploadRules(long MaxBytes, IReadOnlyList<string> Extensions, string Kind, string KindsAccepted)
{
    // Room for the multipart boundaries, the part headers and the form's antiforgery token around the file itself.
    private const long FormOverhead = 64 * 1024;

    /// <summary>The largest request body that can carry a file of <see cref="MaxBytes"/>.</summary>
    public long MaxRequestBytes => MaxBytes + FormOverhead;

    /// <summary>The size limit as a message gives it ("20 MB").</summary>
    public string MaxShown => $"{MaxBytes / 1048576.0:0.#} MB";
}
