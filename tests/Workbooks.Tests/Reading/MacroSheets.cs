using System.Text;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>
/// Copies of a workbook carrying one sign of an Excel 4.0 (XLM) macro sheet each, as a hostile upload might carry
/// only one of them: the part, its content type, a sheet of that type, or a name that runs a macro when it opens.
/// </summary>
internal static class MacroSheets
{
    public const string MacroSheetContentType = "application/vnd.ms-excel.macrosheet+xml";

    private const string Markup =
        """<?xml version="1.0" encoding="UTF-8"?><xm:macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><sheetData><row r="1"><c r="A1"><f>EXEC("calc.exe")</f></c></row></sheetData></xm:macrosheet>""";

    /// <summary>The macro sheet's part where Excel puts it, and nothing else pointing at it.</summary>
    public static byte[] WithPart(byte[] xlsx, string path = "xl/macrosheets/sheet1.xml") =>
        BadFiles.Rezip(xlsx, path, _ => Encoding.UTF8.GetBytes(Markup));

    /// <summary>A content type override declaring the part at <paramref name="partName"/> a macro sheet, whether or not it is there.</summary>
    public static byte[] WithContentType(byte[] xlsx, string contentType = MacroSheetContentType, string partName = "/xl/worksheets/sheet99.xml") =>
        Edit(xlsx, "[Content_Types].xml", "</Types>", $"""<Override PartName="{partName}" ContentType="{contentType}"/></Types>""");

    /// <summary>A hidden sheet whose relationship says it is a macro sheet, in a part named and typed like a worksheet.</summary>
    public static byte[] WithSheetOfType(byte[] xlsx, string relationshipKind)
    {
        var withPart = BadFiles.Rezip(xlsx, "xl/worksheets/sheet99.xml", _ => Encoding.UTF8.GetBytes(Markup));
        var related = Edit(withPart, "xl/_rels/workbook.xml.rels", "</Relationships>",
            $"""<Relationship Id="rIdMacro" Type="http://schemas.microsoft.com/office/2006/relationships/{relationshipKind}" Target="worksheets/sheet99.xml"/></Relationships>""");
        return Edit(related, "xl/workbook.xml", "</sheets>", """<sheet name="Macro1" sheetId="99" state="hidden" r:id="rIdMacro"/></sheets>""");
    }

    /// <summary>A defined name added to the workbook's names, as <paramref name="element"/> (a whole definedName element).</summary>
    public static byte[] WithDefinedName(byte[] xlsx, string element) => Edit(xlsx, "xl/workbook.xml", "<definedNames>", "<definedNames>" + element);

    private static byte[] Edit(byte[] xlsx, string part, string find, string replacement) =>
        BadFiles.Rezip(xlsx, part, old =>
        {
            var text = Encoding.UTF8.GetString(old!);
            if (!text.Contains(find, StringComparison.Ordinal)) throw new InvalidOperationException($"{part} has no {find}.");
            return Encoding.UTF8.GetBytes(text.Replace(find, replacement, StringComparison.Ordinal));
        });
}
