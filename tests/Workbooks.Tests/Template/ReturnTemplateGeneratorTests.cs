using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Ukspf.Domain.Template;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Template;

public class ReturnTemplateGeneratorTests
{
    [Fact]
    public void Generated_template_passes_the_Open_XML_validator_with_no_errors()
    {
        var bytes = Templates.Generate();

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Writes_default_namespace_markup_without_prefixes()
    {
        var bytes = Templates.Generate();

        using var zip = new ZipArchive(new MemoryStream(bytes));
        // The theme is DrawingML, not SpreadsheetML.
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal) && !e.FullName.StartsWith("xl/theme/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<x:", xml, StringComparison.Ordinal);
            Assert.Contains("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sheets_follow_the_schema_order_with_lists_hidden_and_metadata_very_hidden()
    {
        using var document = Open(Templates.Generate());

        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();

        Assert.Equal(
            [TemplateSchema.Sheets.Start, TemplateSchema.Sheets.Projects, TemplateSchema.Sheets.Spend, TemplateSchema.Sheets.Outputs,
             TemplateSchema.Sheets.Outcomes, TemplateSchema.Sheets.Programme, TemplateSchema.Sheets.SignOff, TemplateSchema.Sheets.Lists,
             TemplateSchema.Sheets.Metadata],
            sheets.Select(s => s.Name!.Value!));
        Assert.Equal(SheetStateValues.Hidden, sheets.Single(s => s.Name == TemplateSchema.Sheets.Lists).State!.Value);
        Assert.Equal(SheetStateValues.VeryHidden, sheets.Single(s => s.Name == TemplateSchema.Sheets.Metadata).State!.Value);
        Assert.All(sheets.Take(7), s => Assert.Null(s.State));
    }

    [Fact]
    public void Defines_a_name_for_every_table_field_total_and_list()
    {
        using var document = Open(Templates.Generate());

        var names = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text);

        Assert.Equal("Projects!$A$4:$J$204", names["ProjectsTable"]);
        Assert.Equal("Spend!$A$4:$H$204", names["SpendTable"]);
        Assert.Equal("Outputs!$A$4:$H$204", names["OutputsTable"]);
        Assert.Equal("'Sign off'!$B$4", names["SignOffName"]);
        Assert.Equal("Spend!$C$3", names["TotalCapitalActual"]);
        Assert.All(TemplateSchema.Fields, f => Assert.True(names.ContainsKey(f.Key), f.Key));
        Assert.StartsWith("Lists!$A$2:$A$", names[TemplateSchema.Lists.Interventions], StringComparison.Ordinal);
        Assert.Equal("Lists!$B$2:$B$5", names[TemplateSchema.Lists.Statuses]);
    }

    [Fact]
    public void Headers_are_bold_and_locked_while_input_cells_are_unlocked()
    {
        using var document = Open(Templates.Generate());
        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var spend = Sheet(document, TemplateSchema.Sheets.Spend);

        var header = formats[(int)CellAt(spend, "C4").StyleIndex!.Value];
        var input = formats[(int)CellAt(spend, "C5").StyleIndex!.Value];
        var lastInput = formats[(int)CellAt(spend, "C204").StyleIndex!.Value];

        Assert.NotNull(fonts[(int)header.FontId!.Value].Bold);
        Assert.True(header.Protection?.Locked?.Value ?? true);
        Assert.False(input.Protection!.Locked!.Value);
        Assert.False(lastInput.Protection!.Locked!.Value);
        Assert.Equal("\"£\"#,##0.00", document.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == input.NumberFormatId!.Value).FormatCode!.Value);
    }

    [Fact]
    public void Sheets_are_protected_without_a_password_and_allow_inserting_rows()
    {
        using var document = Open(Templates.Generate());

        foreach (var name in new[] { TemplateSchema.Sheets.Start, TemplateSchema.Sheets.Projects, TemplateSchema.Sheets.Spend, TemplateSchema.Sheets.SignOff })
        {
            var protection = Sheet(document, name).GetFirstChild<SheetProtection>()!;
            Assert.True(protection.Sheet!.Value);
            Assert.False(protection.InsertRows!.Value);
            Assert.Null(protection.Password);
        }
    }

    [Fact]
    public void Drop_downs_refer_to_the_list_names_and_money_must_be_zero_or_more()
    {
        using var document = Open(Templates.Generate());
        var validations = Sheet(document, TemplateSchema.Sheets.Spend).Descendants<DataValidation>().ToList();

        var quarter = validations.Single(v => v.SequenceOfReferences!.InnerText == "B5:B204");
        var capital = validations.Single(v => v.SequenceOfReferences!.InnerText == "C5:C204");

        Assert.Equal(DataValidationValues.List, quarter.Type!.Value);
        Assert.Equal(TemplateSchema.Lists.Quarters, quarter.Formula1!.Text);
        Assert.Equal(DataValidationValues.Decimal, capital.Type!.Value);
        Assert.Equal(DataValidationOperatorValues.GreaterThanOrEqual, capital.Operator!.Value);
        Assert.Equal("0", capital.Formula1!.Text);
    }

    [Fact]
    public void Lists_hold_the_councils_nation_interventions_and_the_rounds_quarters()
    {
        using var document = Open(Templates.Generate(Templates.Request(Templates.Cardiff)));
        var lists = Sheet(document, TemplateSchema.Sheets.Lists);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        string Text(string cell) => strings[int.Parse(CellAt(lists, cell).CellValue!.Text)];

        Assert.Equal("W1", Text("A2"));
        Assert.Equal("2025-26-Q1", Text("C2"));
        Assert.Equal("2025-26-Q4", Text("C5"));
        Assert.StartsWith("CP-O01 - ", Text("F2"), StringComparison.Ordinal);
        Assert.StartsWith("CP-R01 - ", Text("G2"), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_sheet_names_the_council_by_name_and_gss_code_round_period_deadline_and_allocation()
    {
        using var document = Open(Templates.Generate());
        var start = Sheet(document, TemplateSchema.Sheets.Start);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var texts = start.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString).Select(c => strings[int.Parse(c.CellValue!.Text)]).ToList();
        var numbers = start.Descendants<Cell>().Where(c => (c.DataType is null || c.DataType.Value == CellValues.Number) && c.CellValue is not null).Select(c => c.CellValue!.Text).ToList();

        Assert.Contains("Adur", texts);
        Assert.Contains("E07000223", texts);
        Assert.Contains("2025-26-Q2", texts);
        Assert.Contains(texts, t => t.Contains("full-time equivalents (FTE)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("cumulative", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("do not change the column headings", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("31 October 2025", StringComparison.Ordinal));
        Assert.Contains("45839", numbers); // 1 July 2025, the period start
        Assert.Contains("1250000.5", numbers);
        Assert.Contains("3400000", numbers);
    }

    [Fact]
    public void A_blank_template_reads_back_with_every_table_field_and_metadata_found()
    {
        var content = new ReturnReader().Read(new MemoryStream(Templates.Generate()));

        Assert.Equal(TemplateSchema.Version, content.Metadata[TemplateSchema.MetadataKeys.TemplateVersion]);
        Assert.Equal("UKSPF", content.Metadata[TemplateSchema.MetadataKeys.Fund]);
        Assert.Equal("2025-26-Q2", content.Metadata[TemplateSchema.MetadataKeys.Round]);
        Assert.Equal("E07000223", content.Metadata[TemplateSchema.MetadataKeys.LlaCode]);
        Assert.Equal("Adur", content.Metadata[TemplateSchema.MetadataKeys.LlaName]);
        Assert.All(TemplateSchema.Tables, t =>
        {
            var table = content.Tables[t.Name];
            Assert.Empty(table.Rows);
            Assert.Empty(table.MissingColumns);
            Assert.Equal(4, table.HeaderRow);
        });
        Assert.Equal("B4", content.Fields["ProgressRag"].Address);
        Assert.True(content.Fields["ProgressRag"].IsBlank);
        Assert.Equal("0", content.Fields["TotalCapitalActual"].Text);
    }

    private static SpreadsheetDocument Open(byte[] bytes) => SpreadsheetDocument.Open(new MemoryStream(bytes), false);

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    private static Cell CellAt(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);
}
