using System.Xml;

namespace Ukspf.Workbooks.Reading;

/// <summary>
/// Whether a council's package may be copied onward, as the feedback workbook copies it: it passes every check the
/// reader makes of an upload's package (entry names, macros and macro sheets, sizes declared and actual, every part
/// read to its end), so nothing the guard did not vet is sent back.
/// </summary>
internal static class UploadVetting
{
    /// <summary>True when <paramref name="package"/> passes; its position is put back where it was.</summary>
    /// <param name="package">A seekable stream holding the whole upload, whose size the caller has already allowed.</param>
    public static bool Passes(Stream package)
    {
        var start = package.Position;
        package.Position = 0;
        try
        {
            var limits = ReaderLimits.Default with { MaxFileBytes = Math.Max(ReaderLimits.Default.MaxFileBytes, package.Length) };
            using var upload = UploadPackage.Open(null, package, limits);
            // The workbook part names any macro sheet and macro-running name.
            WorkbookIndex.Read(upload, new NameTable());
            upload.CheckEveryPart();
            return true;
        }
        catch (Exception e) when (e is WorkbookRejectedException or XmlException or InvalidDataException)
        {
            return false;
        }
        finally
        {
            package.Position = start;
        }
    }
}
