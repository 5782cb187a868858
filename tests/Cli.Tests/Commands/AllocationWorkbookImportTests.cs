using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Cli;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Rounds;
using Ukspf.Application.Allocations;
using Xunit;

namespace Ukspf.Cli.Tests.Commands;

public class AllocationWorkbookImportTests
{
    [Fact]
    public async Task Imports_allocations_from_the_first_sheet_of_a_workbook_with_numbers_and_date_serials()
    {
        using var folder = new TempFolder();
        var workbook = folder.Combine("allocations.xlsx");
        WriteWorkbook(workbook,
            ["lla_code", "financial_year", "fund_line", "spend_type", "amount", "source", "as_of"],
            ["adur", "2025-26", "core", "RDEL", 266745.5, "Grant determination", 46023.0],
            ["arun", "2025-26", "core", "CDEL", 1000, "Grant determination", "2025-06-01"]);

        var run = await Ukspf.RunAsync("allocations", "import", workbook, "--store", folder.Combine("store"));

        Assert.Equal(0, run.ExitCode);
        using var pipeline = Pipeline.OpenLocal(folder.Combine("store"));
        var book = await pipeline.Get<AllocationRepository>().LoadAsync();
        var adur = Assert.Single(book.All, a => a.LlaCode == "E07000223");
        Assert.Equal(266745.5m, adur.Amount);
        Assert.Equal(SpendType.Revenue, adur.SpendType);
        Assert.Equal(new DateOnly(2026, 1, 1), adur.AsOf); // serial 46023
        Assert.Equal(1000m, book.Amount("E07000224", new FinancialYear(2025), SpendType.Capital));
    }

    private static void WriteWorkbook(string path, params object[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var values in rows)
        {
            var row = new Row();
            foreach (var value in values)
                row.Append(value is string text
                    ? new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) }
                    : new Cell { CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) });
            data.Append(row);
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "Allocations" }));
    }
}
