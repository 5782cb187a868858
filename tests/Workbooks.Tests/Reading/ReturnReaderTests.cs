using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Template;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Reading;
using Ukspf.Workbooks.Tests.Filling;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

public class ReturnReaderTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    [Fact]
    public void Finds_a_table_after_rows_are_inserted_above_it()
    {
        var edited = WorkbookSurgery.Edit(Filled, d => WorkbookSurgery.InsertRows(d, "Spend", at: 2, count: 3));

        var content = Read(edited);

        var table = content.Tables["SpendTable"];
        Assert.Equal(7, table.HeaderRow);
        Assert.Equal(Returns.Realistic().Spend.Count, table.Rows.Count);
        Assert.Equal(8, table.Rows[0].Row);
        Assert.Equal("C8", table.Rows[0].Cells["CapitalActual"].Address);
        Assert.Equal("1234.56", table.Rows[0].Cells["CapitalActual"].Text);
        Assert.Equal("C6", content.Fields["TotalCapitalActual"].Address);
        Assert.Equal("26234.66", content.Fields["TotalCapitalActual"].Text);
    }

    [Fact]
    public void Reads_every_row_when_rows_are_inserted_inside_the_table()
    {
        var edited = WorkbookSurgery.Edit(Filled, d =>
        {
            WorkbookSurgery.InsertRows(d, "Projects", at: 6, count: 1);
            WorkbookSurgery.SetInline(d, "Projects", "A6", "ADU-004");
            WorkbookSurgery.SetInline(d, "Projects", "B6", "Inserted project");
        });

        var rows = Read(edited).Tables["ProjectsTable"].Rows;

        Assert.Equal(["ADU-001", "ADU-004", "ADU-002", "ADU-003"], rows.Select(r => r.Cells["ProjectRef"].Text));
        Assert.Equal([5, 6, 7, 8], rows.Select(r => r.Row));
    }

    [Fact]
    public void Finds_columns_by_their_headers_after_they_are_swapped()
    {
        var edited = WorkbookSurgery.Edit(Filled, d => WorkbookSurgery.SwapColumns(d, "Spend", "C", "D"));

        var table = Read(edited).Tables["SpendTable"];

        Assert.Equal("D", table.ColumnLetters["CapitalActual"]);
        Assert.Equal("C", table.ColumnLetters["RevenueActual"]);
        Assert.Equal(new RawCell("Spend", "D6", RawCellKind.Number, "25000.1"), table.Rows[1].Cells["CapitalActual"]);
        Assert.Equal(new RawCell("Spend", "C6", RawCellKind.Number, "310.25"), table.Rows[1].Cells["RevenueActual"]);
        Assert.Empty(table.MissingColumns);
    }

    [Fact]
    public void Finds_a_column_moved_outside_the_named_range()
    {
        var edited = WorkbookSurgery.Edit(Filled, d => WorkbookSurgery.SwapColumns(d, "Spend", "G", "K"));

        var table = Read(edited).Tables["SpendTable"];

        Assert.Equal("K", table.ColumnLetters["Comment"]);
        Assert.Equal("Contractor invoiced early", table.Rows[1].Cells["Comment"].Text);
        Assert.Equal("K6", table.Rows[1].Cells["Comment"].Address);
    }

    [Fact]
    public void Reports_a_column_whose_header_was_retyped_and_matches_headers_whatever_their_case_and_spacing()
    {
        var edited = WorkbookSurgery.Edit(Filled, d =>
        {
            WorkbookSurgery.SetInline(d, "Projects", "B4", "Project title");
            WorkbookSurgery.SetInline(d, "Projects", "C4", "  PRIMARY   intervention ");
        });

        var table = Read(edited).Tables["ProjectsTable"];

        Assert.Equal(["ProjectName"], table.MissingColumns);
        Assert.False(table.ColumnLetters.ContainsKey("ProjectName"));
        Assert.False(table.Rows[0].Cells.ContainsKey("ProjectName"));
        Assert.Equal("E1", table.Rows[0].Cells["Intervention"].Text);
    }

    [Fact]
    public void Reads_rows_typed_just_below_the_table_until_the_first_gap()
    {
        var edited = WorkbookSurgery.Edit(Filled, d =>
        {
            WorkbookSurgery.SetInline(d, "Outcomes", "A205", "ADU-005");
            WorkbookSurgery.SetInline(d, "Outcomes", "A206", "ADU-006");
            WorkbookSurgery.SetInline(d, "Outcomes", "A208", "after a gap");
        });

        var rows = Read(edited).Tables["OutcomesTable"].Rows;

        Assert.Equal(["ADU-002", "ADU-005", "ADU-006"], rows.Select(r => r.Cells["ProjectRef"].Text));
        Assert.Equal([5, 205, 206], rows.Select(r => r.Row));
    }

    [Fact]
    public void Reads_inline_and_rich_text_cached_formula_results_booleans_and_errors()
    {
        var edited = WorkbookSurgery.Edit(Filled, d =>
        {
            var strings = d.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
            strings.AppendChild(new SharedStringItem(
                new Run(new RunProperties(new Bold()), new Text("Shore")),
                new Run(new Text("ham ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
                new Run(new Text("grants")),
                new PhoneticRun(new Text("ignored")) { BaseTextStartIndex = 0, EndingBaseIndex = 1 }));
            var rich = WorkbookSurgery.CellAt(d, "Projects", "B5");
            rich.DataType = CellValues.SharedString;
            rich.CellValue = new CellValue(strings.Elements<SharedStringItem>().Count() - 1);
            WorkbookSurgery.SetInline(d, "Projects", "B6", "Typed as inline text");
            var formulaText = WorkbookSurgery.CellAt(d, "Projects", "H5");
            formulaText.CellFormula = new CellFormula("UPPER(\"sussex hub\")");
            formulaText.DataType = CellValues.String;
            formulaText.CellValue = new CellValue("SUSSEX HUB");
            var flag = WorkbookSurgery.CellAt(d, "Projects", "H6");
            flag.DataType = CellValues.Boolean;
            flag.CellValue = new CellValue("1");
            var error = WorkbookSurgery.CellAt(d, "Projects", "H7");
            error.CellFormula = new CellFormula("1/0");
            error.DataType = CellValues.Error;
            error.CellValue = new CellValue("#DIV/0!");
            var number = WorkbookSurgery.CellAt(d, "Projects", "F6");
            number.CellFormula = new CellFormula("DATE(2025,5,12)");
            number.CellValue = new CellValue("45789");
        });

        var rows = Read(edited).Tables["ProjectsTable"].Rows;

        Assert.Equal(new RawCell("Projects", "B5", RawCellKind.Text, "Shoreham grants"), rows[0].Cells["ProjectName"]);
        Assert.Equal(new RawCell("Projects", "B6", RawCellKind.Text, "Typed as inline text"), rows[1].Cells["ProjectName"]);
        Assert.Equal(new RawCell("Projects", "H5", RawCellKind.Text, "SUSSEX HUB"), rows[0].Cells["DeliveryOrganisation"]);
        Assert.Equal(new RawCell("Projects", "H6", RawCellKind.Boolean, "1"), rows[1].Cells["DeliveryOrganisation"]);
        Assert.Equal(new RawCell("Projects", "H7", RawCellKind.Error, "#DIV/0!"), rows[2].Cells["DeliveryOrganisation"]);
        Assert.Equal(new RawCell("Projects", "F6", RawCellKind.Number, "45789"), rows[1].Cells["StartDate"]);
    }

    [Fact]
    public void Keeps_numbers_exactly_as_stored()
    {
        var bytes = Tests.Filling.Filled.Workbook(edits:
        [
            new("Spend", "C5", "1234.5599999999999", AsNumber: true),
            new("Spend", "D5", "1E-3", AsNumber: true),
            new("Spend", "E5", "0.1", AsNumber: true),
        ]);

        var row = Read(bytes).Tables["SpendTable"].Rows[0];

        Assert.Equal("1234.5599999999999", row.Cells["CapitalActual"].Text);
        Assert.Equal("1E-3", row.Cells["RevenueActual"].Text);
        Assert.Equal("0.1", row.Cells["CapitalForecast"].Text);
    }

    [Fact]
    public void Reads_a_stream_that_cannot_seek()
    {
        var content = new ReturnReader().Read(new ForwardOnlyStream(Filled), "return.xlsx");

        Assert.Equal(3, content.Tables["ProjectsTable"].Rows.Count);
    }

    [Fact]
    public void Lists_every_sheet_in_order_and_gives_blank_fields_their_address()
    {
        var content = Read(Tests.Filling.Filled.Workbook(edits: [new("Programme", "B6", "")]));

        Assert.Equal(["Start", "Projects", "Spend", "Outputs", "Outcomes", "Programme", "Sign off", "Lists", "Metadata"], content.SheetNames);
        Assert.Equal(new RawCell("Programme", "B6", RawCellKind.Empty, ""), content.Fields["Narrative"]);
        Assert.Equal(TemplateSchema.Fields.Count + TemplateSchema.StartFields.Count, content.Fields.Count);
    }

    [Fact]
    public void Reads_the_council_the_start_sheet_shows_beside_the_hidden_metadata()
    {
        var content = Read(Tests.Filling.Filled.Workbook());

        Assert.Equal("Start", content.Fields["CouncilName"].Sheet);
        Assert.Equal(content.Metadata[TemplateSchema.MetadataKeys.LlaName], content.Fields["CouncilName"].Text);
        Assert.Equal(content.Metadata[TemplateSchema.MetadataKeys.LlaCode], content.Fields["CouncilCode"].Text);
    }

    [Fact]
    public void A_table_whose_name_was_deleted_is_absent_and_the_rest_is_read()
    {
        var edited = WorkbookSurgery.Edit(Filled, d =>
            d.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Single(n => n.Name == "OutcomesTable").Remove());

        var content = Read(edited);

        Assert.False(content.Tables.ContainsKey("OutcomesTable"));
        Assert.Equal(3, content.Tables["ProjectsTable"].Rows.Count);
    }

    private static WorkbookContent Read(byte[] bytes) => new ReturnReader().Read(new MemoryStream(bytes));

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
