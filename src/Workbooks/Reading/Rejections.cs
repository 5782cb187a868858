using System.Globalization;

namespace Ukspf.Workbooks.Reading;

/// <summary>The rejection for each case of bad input, worded for the council officer who uploaded the file.</summary>
internal static class Rejections
{
    private const string SaveAsXlsx = "open it in Excel, choose File > Save As, pick 'Excel Workbook (*.xlsx)' and upload the new file";

    public static WorkbookRejectedException Empty() => new(RejectionReason.Empty,
        "The file is empty (0 bytes), so there is nothing to read. Please upload your completed return workbook again.");

    public static WorkbookRejectedException NotAWorkbook(string? what = null) => new(RejectionReason.NotAWorkbook,
        $"This file is not an Excel workbook (.xlsx){(what is null ? "" : $": it looks like {what}")}. " +
        $"Please upload the return template you were sent, filled in. If your return is in another format, {SaveAsXlsx}.");

    public static WorkbookRejectedException LegacyXls() => new(RejectionReason.LegacyXls,
        $"This workbook is in the old Excel 97-2003 format (.xls), which we cannot read. Please {SaveAsXlsx}.");

    public static WorkbookRejectedException PasswordProtected() => new(RejectionReason.PasswordProtected,
        "This workbook is password-protected, so we cannot open it. Please remove the password (in Excel: File > Info > " +
        "Protect Workbook > Encrypt with Password, clear the password and press OK), save it and upload it again.");

    public static WorkbookRejectedException Corrupt(Exception? cause = null)
    {
        const string message = "This file is damaged and cannot be read as an Excel workbook. Please open your return in Excel " +
            "to check it, save it again as an Excel Workbook (.xlsx) and upload the new copy.";
        return cause is null ? new(RejectionReason.Corrupt, message) : new(RejectionReason.Corrupt, message, cause);
    }

    public static WorkbookRejectedException MacroEnabled() => new(RejectionReason.MacroEnabled,
        "This workbook contains macros (for example a .xlsm file). For security we only accept workbooks without macros. " +
        $"Please {SaveAsXlsx}; your figures are kept, only the macros are removed.");

    public static WorkbookRejectedException MacroSheet() => new(RejectionReason.MacroEnabled,
        "This workbook contains macros: an Excel 4.0 macro sheet, a sheet of old-style macros that is often hidden. For security " +
        "we only accept workbooks without macros, and saving as .xlsx keeps such a sheet. Please right-click a sheet tab and choose " +
        "Unhide to show any hidden sheet, delete the macro sheet (it is no part of the return template), save the workbook and upload it again.");

    public static WorkbookRejectedException MacroName() => new(RejectionReason.MacroEnabled,
        "This workbook contains macros: it has a name, such as Auto_Open, that runs a macro when the workbook is opened or closed. " +
        "For security we only accept workbooks without macros. Please delete that name in Formulas > Name Manager, and any " +
        "macro sheet it belongs to, save the workbook and upload it again.");

    public static WorkbookRejectedException TooLarge(long bytes, long limit) => new(RejectionReason.TooLarge,
        $"This file is {Megabytes(bytes)} MB, larger than the {Megabytes(limit)} MB we accept. A completed return is normally well " +
        "under 1 MB: please check you are uploading the right file, remove any pictures or extra sheets you added, and upload it again.");

    public static WorkbookRejectedException ZipBomb() => new(RejectionReason.ZipBomb,
        "This file unpacks to far more data than a return workbook can hold, so we have not opened it. Please upload the " +
        "return workbook you filled in from the template; if you think this is a mistake, contact the fund team.");

    public static WorkbookRejectedException PartTooLarge(string part, long limit) => new(RejectionReason.ZipBomb,
        $"This file unpacks to more than a return workbook can hold: {Describe(part)} alone comes to more than {Megabytes(limit)} MB, " +
        "so we have not read it. Please check you are uploading the return you filled in from the template, remove any pictures, " +
        "extra sheets or pasted text you added, and upload it again.");

    public static WorkbookRejectedException TooManyParts(int count) => new(RejectionReason.ZipBomb,
        $"This file holds {count.ToString(CultureInfo.InvariantCulture)} parts, far more than a return workbook has (a few dozen), so we have not read it. " +
        "Please upload the return workbook you filled in from the template; if you think this is a mistake, contact the fund team.");

    public static WorkbookRejectedException NoWorksheets() => new(RejectionReason.NoWorksheets,
        "This workbook has no worksheets, so there is no return in it. Please upload the return template you filled in.");

    public static WorkbookRejectedException NotUkspfReturn() => new(RejectionReason.NotUkspfReturn,
        "This is not a UKSPF return: it looks like another fund's template (such as a Towns Fund or Pathfinders return), or a " +
        "workbook not made from the UKSPF return template. Please download your council's UKSPF return template for this " +
        "round, copy your figures into it and upload that file.");

    private static string Describe(string part) =>
        part.EndsWith("sharedStrings.xml", StringComparison.OrdinalIgnoreCase) ? "the text in its cells"
        : part.Contains("worksheets/", StringComparison.OrdinalIgnoreCase) ? "one of its sheets"
        : part.Contains("media/", StringComparison.OrdinalIgnoreCase) ? "a picture in it"
        : part.Length <= 80 ? $"one of its parts ({part})"
        : "one of its parts";

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture);
}
