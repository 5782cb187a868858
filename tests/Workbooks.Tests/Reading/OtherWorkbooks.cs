using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ukspf.Workbooks.Tests.Reading;

/// <summary>Real workbooks that are not UKSPF returns, made with the Open XML DOM (which writes "x:"-prefixed markup).</summary>
internal static class OtherWorkbooks
{
    /// <summary>A workbook of sheets, each holding key/value text rows in columns A and B.</summary>
    public static byte[] With(params (string Sheet, (string Key, string Value)[] Rows)[] sheets)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                var number = 1u;
                foreach (var (key, value) in rows)
                {
                    data.AppendChild(new Row(
                        new Cell { CellReference = $"A{number}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(key)) },
                        new Cell { CellReference = $"B{number}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) })
                    { RowIndex = number });
                    number++;
                }
                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.AppendChild(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }
        return output.ToArray();
    }
}
