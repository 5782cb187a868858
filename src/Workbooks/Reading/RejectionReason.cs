namespace Ukspf.Workbooks.Reading;

/// <summary>Why an uploaded file could not be read as a return.</summary>
public enum RejectionReason
{
    /// <summary>The file has no content.</summary>
    Empty,

    /// <summary>The file is not an Excel workbook at all (text, PDF, Word, OpenDocument, .xlsb...).</summary>
    NotAWorkbook,

    /// <summary>An Excel 97-2003 (.xls) workbook.</summary>
    LegacyXls,

    /// <summary>A password-protected (encrypted) workbook.</summary>
    PasswordProtected,

    /// <summary>
    /// A damaged workbook: the zip or its XML cannot be read, an entry's name is no path inside the package or names a
    /// part twice, a part unpacks to more or less than its header declares, or a compound file's chains loop or lie.
    /// </summary>
    Corrupt,

    /// <summary>A macro-enabled workbook (.xlsm, one carrying a VBA project, or an Excel 4.0 macro sheet or a name that runs one).</summary>
    MacroEnabled,

    /// <summary>The file is larger than the limit.</summary>
    TooLarge,

    /// <summary>The file, or one part of it, unpacks to more than the limits allow (a zip bomb, or far more text than a return holds).</summary>
    ZipBomb,

    /// <summary>The workbook has no worksheets.</summary>
    NoWorksheets,

    /// <summary>A workbook, but not a UKSPF return (another fund's template, or not made from ours).</summary>
    NotUkspfReturn,
}
