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

    /// <summary>A damaged workbook: the zip or its XML cannot be read.</summary>
    Corrupt,

    /// <summary>A macro-enabled workbook (.xlsm, or one carrying a VBA project).</summary>
    MacroEnabled,

    /// <summary>The file is larger than the limit.</summary>
    TooLarge,

    /// <summary>The file unpacks to far more than a workbook should (a zip bomb, or a header that lies about sizes).</summary>
    ZipBomb,

    /// <summary>The workbook has no worksheets.</summary>
    NoWorksheets,

    /// <summary>A workbook, but not a UKSPF return (another fund's template, or not made from ours).</summary>
    NotUkspfReturn,
}
