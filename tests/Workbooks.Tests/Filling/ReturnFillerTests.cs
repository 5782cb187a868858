using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Filling;
using Xunit;

namespace Ukspf.Workbooks.Tests.Filling;

public class ReturnFillerTests
{
    [Fact]
    public void Round_trip_gives_back_every_project_value_exactly_as_written()
    {
        var ret = Returns.Realistic();

        var table = Filled.Content(ret).Tables["ProjectsTable"];

        Assert.Equal(ret.Projects.Count, table.Rows.Count);
        var first = table.Rows[0];
        Assert.Equal(5, first.Row);
        AssertCell(first, "ProjectRef", "A5", RawCellKind.Text, "ADU-001");
        AssertCell(first, "ProjectName", "B5", RawCellKind.Text, "Shoreham high street shopfront grants");
        AssertCell(first, "Intervention", "C5", RawCellKind.Text, "E1");
        AssertCell(first, "Status", "D5", RawCellKind.Text, "Live");
        AssertCell(first, "StartDate", "F5", RawCellKind.Number, "45748");
        AssertCell(first, "EndDate", "G5", RawCellKind.Number, Filled.Serial(new DateOnly(2026, 3, 31)));
        AssertCell(first, "Area", "I5", RawCellKind.Text, "BN43 5FB");
        Assert.False(first.Cells.ContainsKey("OrganisationNumber"));
        AssertCell(table.Rows[1], "OrganisationNumber", "J6", RawCellKind.Text, "01234567");
        var closed = table.Rows[2];
        AssertCell(closed, "Status", "D7", RawCellKind.Text, "Closed early");
        AssertCell(closed, "ClosedReason", "E7", RawCellKind.Text, "Provider withdrew");
        Assert.False(closed.Cells.ContainsKey("EndDate"));
    }

    [Fact]
    public void A_return_longer_than_the_template_gives_a_sheet_whose_dimension_covers_every_row_it_fills()
    {
        // openpyxl's read-only mode, and other readers that trust <dimension>, read no further than it says.
        var ret = Returns.WithSpendLines(450);

        var xlsx = Filled.Workbook(ret);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var part = SheetPart(document, "Spend");
        var lastRow = part.Worksheet.Descendants<Row>().Max(r => r.RowIndex!.Value);
        var dimension = part.Worksheet.GetFirstChild<SheetDimension>()!.Reference!.Value!;
        Assert.True(lastRow >= 4 + 450, $"the Spend sheet ends at row {lastRow}");
        Assert.EndsWith(lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture), dimension, StringComparison.Ordinal);
    }

    private static WorksheetPart SheetPart(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    [Fact]
    public void Round_trip_keeps_money_to_the_penny_and_quarters_as_round_ids()
    {
        var ret = Returns.Realistic();

        var rows = Filled.Content(ret).Tables["SpendTable"].Rows;

        Assert.Equal(ret.Spend.Count, rows.Count);
        AssertCell(rows[0], "CapitalActual", "C5", RawCellKind.Number, "1234.56");
        AssertCell(rows[0], "Quarter", "B5", RawCellKind.Text, "2025-26-Q1");
        AssertCell(rows[1], "CapitalActual", "C6", RawCellKind.Number, "25000.1");
        AssertCell(rows[1], "RevenueActual", "D6", RawCellKind.Number, "310.25");
        AssertCell(rows[1], "Comment", "G6", RawCellKind.Text, "Contractor invoiced early");
        AssertCell(rows[4], "CorrectionReason", "H9", RawCellKind.Text, "Q1 invoice was entered twice");
        AssertCell(rows[5], "ProjectRef", "A10", RawCellKind.Text, "M&A");
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(ret.Spend[i].CapitalActual, decimal.Parse(rows[i].Cells["CapitalActual"].Text, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ret.Spend[i].RevenueForecast, decimal.Parse(rows[i].Cells["RevenueForecast"].Text, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Indicators_are_written_as_code_and_title_from_the_drop_down()
    {
        var content = Filled.Content();

        var outputs = content.Tables["OutputsTable"].Rows;
        var outcome = content.Tables["OutcomesTable"].Rows.Single();

        AssertCell(outputs[0], "Indicator", "B5", RawCellKind.Text, "CP-O11 - Number of commercial buildings developed or improved");
        AssertCell(outputs[1], "Unit", "C6", RawCellKind.Text, "m2");
        AssertCell(outputs[1], "CumulativeActual", "D6", RawCellKind.Number, "1250.5");
        Assert.False(outputs[1].Cells.ContainsKey("Forecast"));
        AssertCell(outcome, "Indicator", "B5", RawCellKind.Text, "CP-R01 - Jobs created");
        AssertCell(outcome, "CumulativeActual", "D5", RawCellKind.Number, "2.5");
    }

    [Fact]
    public void Programme_and_sign_off_answers_land_in_their_named_cells()
    {
        var fields = Filled.Content().Fields;

        Assert.Equal(new RawCell("Programme", "B4", RawCellKind.Text, "Green"), fields["ProgressRag"]);
        Assert.Equal(new RawCell("Programme", "B5", RawCellKind.Text, "Amber"), fields["TrendRag"]);
        Assert.Equal("1000.5", fields["ForecastUnderspendCapital"].Text);
        Assert.Equal("0", fields["ForecastUnderspendRevenue"].Text);
        Assert.Equal(new RawCell("Sign off", "B4", RawCellKind.Text, "Jane Smith"), fields["SignOffName"]);
        Assert.Equal(new RawCell("Sign off", "B6", RawCellKind.Number, Filled.Serial(new DateOnly(2025, 10, 20))), fields["SignOffDate"]);
    }

    [Fact]
    public void Totals_stay_formulas_and_carry_the_sums_as_cached_values()
    {
        var bytes = Filled.Workbook();

        var fields = Filled.Read(bytes).Fields;

        Assert.Equal(new RawCell("Spend", "C3", RawCellKind.Number, "26234.66"), fields["TotalCapitalActual"]);
        Assert.Equal("21310.23", fields["TotalRevenueActual"].Text);
        Assert.Equal("40000", fields["TotalCapitalForecast"].Text);
        Assert.Equal("6500.75", fields["TotalRevenueForecast"].Text);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var spend = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Spend").Id!.Value!);
        Assert.Equal("SUM(C5:C204)", spend.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "C3").CellFormula!.Text);
    }

    [Fact]
    public void Filled_workbook_still_passes_the_validator_in_default_namespace_markup()
    {
        var bytes = Filled.Workbook();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet3.xml")!.Open()).ReadToEnd();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        Assert.DoesNotContain("<x:", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_reproduce_the_mistakes_councils_make()
    {
        var edits = new[]
        {
            new CellEdit("Spend", "C5", "£1,200.50"),
            new CellEdit("Spend", "D6", "TBC"),
            new CellEdit("Projects", "B6", ""),
            new CellEdit("Metadata", "B4", "worthing"),
        };

        var content = Filled.Content(edits: edits);

        var spend = content.Tables["SpendTable"].Rows;
        AssertCell(spend[0], "CapitalActual", "C5", RawCellKind.Text, "£1,200.50");
        AssertCell(spend[1], "RevenueActual", "D6", RawCellKind.Text, "TBC");
        Assert.False(content.Tables["ProjectsTable"].Rows[1].Cells.ContainsKey("ProjectName"));
        Assert.Equal("worthing", content.Metadata["LlaCode"]);
        // As in Excel, the sum leaves out the text typed over a number.
        Assert.Equal("25000.1", content.Fields["TotalCapitalActual"].Text);
    }

    [Fact]
    public void A_total_typed_over_its_formula_is_kept_as_typed()
    {
        var bytes = Filled.Workbook(edits: [new CellEdit("Spend", "C3", "99999", AsNumber: true)]);

        var total = Filled.Read(bytes).Fields["TotalCapitalActual"];

        Assert.Equal(new RawCell("Spend", "C3", RawCellKind.Number, "99999"), total);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.DoesNotContain(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()),
            c => c.CellReference == "C3" && c.CellFormula is not null && c.CellValue?.Text == "99999");
    }

    [Fact]
    public void A_return_longer_than_the_template_grows_the_table_and_its_totals()
    {
        var ret = Returns.WithSpendLines(230);

        var content = Filled.Content(ret);

        var rows = content.Tables["SpendTable"].Rows;
        Assert.Equal(230, rows.Count);
        Assert.Equal(234, rows[^1].Row);
        Assert.Equal("230", rows[^1].Cells["CapitalActual"].Text);
        Assert.Equal(ret.Spend.Sum(s => s.CapitalActual).ToString(System.Globalization.CultureInfo.InvariantCulture), content.Fields["TotalCapitalActual"].Text);
        Assert.Equal("265.65", content.Fields["TotalRevenueActual"].Text);
    }

    private static void AssertCell(RawRow row, string key, string address, RawCellKind kind, string text)
    {
        var cell = row.Cells[key];
        Assert.Equal((address, kind, text), (cell.Address, cell.Kind, cell.Text));
    }
}
