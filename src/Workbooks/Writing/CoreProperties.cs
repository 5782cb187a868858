using DocumentFormat.OpenXml.Packaging;

namespace Ukspf.Workbooks.Writing;

/// <summary>
/// Writes docProps/core.xml (title, subject, author, created) where Excel puts it. The packaging library's own
/// properties would land in a differently named part that some readers, openpyxl among them, do not look for.
/// </summary>
internal static class CoreProperties
{
    /// <summary>Adds the core properties part to a new document.</summary>
    public static void Write(SpreadsheetDocument document, string title, string subject, string creator, DateTime createdUtc)
    {
        var part = document.AddCoreFilePropertiesPart();
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        CorePropertiesPart.Write(stream, title, subject, creator, createdUtc);
    }
}
