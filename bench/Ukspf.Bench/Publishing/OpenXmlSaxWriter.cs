using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// The Open XML SDK's streaming <see cref="OpenXmlWriter"/> writing the same cells, shared strings and stylesheet, for
/// comparison. It writes the cells only, not ours' column widths, views, filters and document properties.
/// </summary>
public static class OpenXmlSaxWriter
{
    /// <summary>Writes the workbook; returns the number of bytes written.</summary>
    public static long Write(CellDump dump, Stream output)
    {
        var start = output.Position;
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            using (var styles = new MemoryStream(dump.Raw("styles.xml"), writable: false)) workbook.AddNewPart<WorkbookStylesPart>().FeedData(styles);
            var sheets = new Sheets();
            uint id = 1;
            foreach (var sheet in dump.Sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                using (var writer = OpenXmlWriter.Create(part)) Worksheet(writer, sheet);
                sheets.Append(new Sheet { Name = sheet.Name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
            using (var writer = OpenXmlWriter.Create(workbook.AddNewPart<SharedStringTablePart>()))
            {
                writer.WriteStartElement(new SharedStringTable());
                foreach (var s in dump.SharedStrings) writer.WriteElement(new SharedStringItem(new Text(s)));
                writer.WriteEndElement();
            }
            workbook.Workbook = new Workbook(sheets);
        }
        return output.Position - start;
    }

    private static void Worksheet(OpenXmlWriter writer, CellDump.Sheet sheet)
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetData());
        var attributes = new List<OpenXmlAttribute>(3);
        foreach (var row in sheet.Rows)
        {
            attributes.Clear();
            if (row.Index is not null) attributes.Add(new OpenXmlAttribute("r", "", row.Index));
            writer.WriteStartElement(new Row(), attributes);
            foreach (var cell in row.Cells)
            {
                attributes.Clear();
                if (cell.Reference is not null) attributes.Add(new OpenXmlAttribute("r", "", cell.Reference));
                if (cell.Style is not null) attributes.Add(new OpenXmlAttribute("s", "", cell.Style));
                if (cell.Type is not null) attributes.Add(new OpenXmlAttribute("t", "", cell.Type));
                writer.WriteStartElement(new Cell(), attributes);
                if (cell.Value is not null)
                {
                    if (cell.Type == "inlineStr") writer.WriteElement(new InlineString(new Text(cell.Value)));
                    else writer.WriteElement(new CellValue(cell.Value));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
