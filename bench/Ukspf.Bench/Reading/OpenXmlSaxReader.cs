using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Bench.Reading;

/// <summary>
/// The Open XML SDK's streaming <see cref="OpenXmlReader"/> with a lean loop: no element is loaded, a cell's type is
/// read from its attributes and its value from the text of its &lt;v&gt;. Shared strings are read the same way.
/// </summary>
public static class OpenXmlSaxReader
{
    public static long Read(Stream xlsx)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart!;
        var strings = SharedStrings(workbook.SharedStringTablePart);
        long cells = 0;
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>().Where(s => ReadSheets.Names.Contains(s.Name!.Value!)))
        {
            using var reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!));
            var shared = false;
            while (reader.Read())
            {
                if (!reader.IsStartElement) continue;
                if (reader.ElementType == typeof(Cell))
                {
                    shared = false;
                    foreach (var attribute in reader.Attributes)
                    {
                        if (attribute.LocalName == "t") shared = attribute.Value == "s";
                    }
                }
                else if (reader.ElementType == typeof(CellValue))
                {
                    var text = reader.GetText();
                    var value = shared ? strings[int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)] : text;
                    if (value is not null) cells++;
                }
                else if (reader.ElementType == typeof(Text))
                {
                    if (reader.GetText() is not null) cells++;
                }
            }
        }
        return cells;
    }

    // Shared strings are few next to cells: each item is loaded, so rich text is joined as Excel shows it.
    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null) return [];
        var list = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        reader.Read();
        while (!reader.EOF)
        {
            // LoadCurrentElement leaves the reader on the next element already.
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement) list.Add(reader.LoadCurrentElement()!.InnerText);
            else reader.Read();
        }
        return list.ToArray();
    }
}
