namespace Ukspf.Workbooks.Reading;

/// <summary>
/// The checks that need no XML, on their own: empty, too large, legacy .xls, password-protected, not a zip, damaged
/// zip, odd or repeated entry names, macros, zip bomb, and every part unpacking to the size its header declares.
/// <see cref="ReturnReader"/> makes the same checks; call this to refuse a file early.
/// </summary>
public static class UploadInspector
{
    /// <summary>Throws when the upload is not a workbook the reader should open.</summary>
    /// <param name="fileName">The uploaded file's name, if known (a .xlsm is refused).</param>
    /// <param name="content">The file's content, read from its current position; a seekable stream is put back where it was.</param>
    /// <param name="limits">Size limits, or <see cref="ReaderLimits.Default"/>.</param>
    /// <exception cref="WorkbookRejectedException">The file is refused; the message says why.</exception>
    public static void Inspect(string? fileName, Stream content, ReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.CanSeek ? content.Position : 0;
        try
        {
            using var package = UploadPackage.Open(fileName, content, limits ?? ReaderLimits.Default);
            package.CheckEveryPart();
        }
        finally
        {
            if (content.CanSeek) content.Position = start;
        }
    }
}
