using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Feedback;

public class FeedbackWorkbookWriterTests
{
    private const string Red = "FFFFC7CE";
    private const string Amber = "FFFFE0A3";

    private static byte[] WriteFeedback(byte[] original, IReadOnlyList<Finding> findings, out bool annotated)
    {
        using var output = new MemoryStream();
        annotated = FeedbackWorkbookWriter.Write(new MemoryStream(original), findings, Headers.Rejected(), output);
        return output.ToArray();
    }

    private static byte[] WriteFeedback(IReadOnlyList<Finding>? findings = null) =>
        WriteFeedback(new CouncilWorkbookBuilder().Build(), findings ?? Findings.OnSpendSheet(), out _);

    private static SpreadsheetDocument Open(byte[] xlsx) => SpreadsheetDocument.Open(new MemoryStream(xlsx), false);

    [Fact]
    public void Feedback_sheet_comes_first_and_the_councils_sheets_follow_in_their_order()
    {
        var xlsx = WriteFeedback(new CouncilWorkbookBuilder().Build(), Findings.OnSpendSheet(), out var annotated);

        using var document = Open(xlsx);
        Assert.True(annotated);
        Assert.Equal(["Feedback", "Start", "Spend"], SheetGrid.SheetNames(document));
    }

    [Fact]
    public void Every_finding_is_listed_once_with_errors_before_warnings()
    {
        var findings = Findings.OnSpendSheet();

        using var document = Open(WriteFeedback(findings));
        var problems = FeedbackReadBack.Of(document).Problems();

        Assert.Equal(findings.Count, problems.Count);
        var severities = problems.Select(p => p[0]).ToList();
        Assert.Equal(severities.OrderBy(s => s == "Warning").ToList(), severities);
        foreach (var f in findings)
        {
            Assert.Single(problems, p => p[1] == f.RuleId && p[6] == f.Message && p[0] == f.Severity.ToString() && p[5] == f.Value);
        }
    }

    [Fact]
    public void Findings_are_counted_per_rule_with_the_rules_title_and_errors_first()
    {
        using var document = Open(WriteFeedback());
        var feedback = FeedbackReadBack.Of(document);

        var expected = Findings.OnSpendSheet()
            .GroupBy(f => (f.Severity, f.RuleId))
            .OrderBy(g => g.Key.Severity).ThenBy(g => g.Key.RuleId, StringComparer.Ordinal)
            .Select(g => new[] { g.Key.Severity.ToString(), g.Key.RuleId, RuleIds.Titles[g.Key.RuleId], g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
        Assert.Equal(expected, feedback.RuleCounts());
        var errors = Findings.OnSpendSheet().Count(f => f.Severity == Severity.Error);
        Assert.Equal(errors.ToString(System.Globalization.CultureInfo.InvariantCulture), feedback.Value("Errors"));
        Assert.Equal((Findings.OnSpendSheet().Count - errors).ToString(System.Globalization.CultureInfo.InvariantCulture), feedback.Value("Warnings"));
        Assert.Equal("Rejected", feedback.Value("Result"));
    }

    [Fact]
    public void Offending_cells_are_shaded_red_for_errors_and_amber_for_warnings()
    {
        using var document = Open(WriteFeedback());
        var cells = SheetGrid.Cells(document, "Spend");

        foreach (var reference in new[] { "B2", "C2", "B4", "D2", "E7" })
        {
            Assert.Equal(Red, SheetGrid.FillColour(document, cells[reference].Style));
        }

        Assert.Equal(Amber, SheetGrid.FillColour(document, cells["C4"].Style));
        foreach (var untouched in new[] { "A1", "A2", "E2", "A4", "A10", "B10", "C10" })
        {
            Assert.Null(SheetGrid.FillColour(document, cells[untouched].Style));
        }
    }

    [Fact]
    public void Shaded_cells_keep_their_own_number_format()
    {
        using var document = Open(WriteFeedback());
        var cells = SheetGrid.Cells(document, "Spend");

        Assert.Equal(4u, SheetGrid.NumberFormatId(document, cells["B2"].Style));
        Assert.Equal(4u, SheetGrid.NumberFormatId(document, cells["C4"].Style));
        Assert.Equal(0u, SheetGrid.NumberFormatId(document, cells["E7"].Style));
    }

    [Fact]
    public void Missing_rows_and_cells_are_created_in_sheet_order()
    {
        using var document = Open(WriteFeedback());
        var rows = SheetGrid.Part(document, "Spend").Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

        Assert.Equal([1u, 2u, 4u, 7u, 10u], rows.Select(r => r.RowIndex!.Value));
        Assert.Equal(["A2", "B2", "C2", "D2", "E2"], rows[1].Elements<Cell>().Select(c => c.CellReference!.Value));
        Assert.Equal(["E7"], rows[3].Elements<Cell>().Select(c => c.CellReference!.Value));
        Assert.Null(rows[1].Elements<Cell>().Single(c => c.CellReference == "D2").CellValue);
    }

    [Fact]
    public void Cells_the_council_filled_keep_their_values()
    {
        using var document = Open(WriteFeedback());
        var cells = SheetGrid.Cells(document, "Spend");

        foreach (var (reference, value) in CouncilWorkbookBuilder.SpendCells)
        {
            Assert.Equal(value, cells[reference].Text);
        }

        Assert.Equal("UKSPF quarterly return", SheetGrid.Cells(document, "Start")["A1"].Text);
    }

    [Fact]
    public void Every_shaded_cell_gets_one_note_carrying_all_its_messages()
    {
        using var document = Open(WriteFeedback());
        var part = SheetGrid.Part(document, "Spend");
        var comments = part.WorksheetCommentsPart!.Comments.CommentList!.Elements<Comment>().ToList();

        Assert.Equal(["B2", "B4", "C2", "C4", "D2", "E7"], comments.Select(c => c.Reference!.Value!).Order());
        var b2 = comments.Single(c => c.Reference == "B2").InnerText;
        Assert.Contains("The lines do not add up to the total in row 10.", b2);
        Assert.Contains("Actual spend differs from the forecast by more than 20%.", b2);
        Assert.NotNull(part.Worksheet.GetFirstChild<LegacyDrawing>());
        Assert.Equal(comments.Count, CountShapes(part.VmlDrawingParts.Single()));
    }

    [Fact]
    public void Notes_are_stored_where_excel_keeps_them_so_other_readers_find_them()
    {
        var xlsx = WriteFeedback();

        using var document = Open(xlsx);
        var part = SheetGrid.Part(document, "Spend");
        Assert.Matches("^/xl/drawings/vmlDrawing[0-9]+\\.vml$", part.VmlDrawingParts.Single().Uri.ToString());
        Assert.Empty(PackageChecks.AbsoluteRelationshipTargets(xlsx));
    }

    [Fact]
    public void Whole_rows_and_findings_off_the_councils_sheets_are_listed_but_not_shaded()
    {
        using var document = Open(WriteFeedback());
        var problems = FeedbackReadBack.Of(document).Problems();

        Assert.DoesNotContain(SheetGrid.Cells(document, "Spend").Keys, k => k.EndsWith("12", StringComparison.Ordinal));
        Assert.Contains(problems, p => p[3] == "Spend" && p[4] == "row 12");
        Assert.Contains(problems, p => p[3] == "Whole workbook" && p[1] == RuleIds.Template);
        Assert.Contains(problems, p => p[3] == "Outputs" && p[4] == "C5");
        Assert.Contains(problems, p => p[3] == "Spend" && p[4] == "B2 to C2");
    }

    [Fact]
    public void Each_listed_cell_links_to_the_cell_in_the_councils_sheet()
    {
        using var document = Open(WriteFeedback());
        var links = SheetGrid.Part(document, "Feedback").Worksheet.Descendants<Hyperlink>().Select(h => h.Location!.Value).ToList();

        Assert.Contains("'Spend'!B4", links);
        Assert.Contains("'Spend'!B2:C2", links);
        Assert.DoesNotContain(links, l => l!.StartsWith("'Outputs'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_feedback_sheet_is_the_only_selected_tab_and_sheet_local_names_still_point_at_their_sheets()
    {
        using var document = Open(WriteFeedback());
        var workbook = document.WorkbookPart!.Workbook;

        Assert.Equal(2u, workbook.DefinedNames!.Elements<DefinedName>().Single().LocalSheetId!.Value);
        var selected = SheetGrid.SheetNames(document)
            .Where(name => SheetGrid.Part(document, name).Worksheet.Descendants<SheetView>().Any(v => v.TabSelected?.Value == true));
        Assert.Equal(["Feedback"], selected);
    }

    [Fact]
    public void A_note_the_council_already_has_is_kept_and_our_message_added_to_it()
    {
        var original = new CouncilWorkbookBuilder().WithCouncilNote("B4", "Check this with finance.").WithCouncilNote("A1", "Headings fixed.").Build();

        var xlsx = WriteFeedback(original, Findings.OnSpendSheet(), out _);

        using var document = Open(xlsx);
        var part = SheetGrid.Part(document, "Spend");
        var comments = part.WorksheetCommentsPart!.Comments.CommentList!.Elements<Comment>().ToList();
        Assert.Single(comments, c => c.Reference == "B4");
        var b4 = comments.Single(c => c.Reference == "B4").InnerText;
        Assert.Contains("Check this with finance.", b4);
        Assert.Contains("Enter a number of pounds", b4);
        Assert.Contains(comments, c => c.Reference == "A1" && c.InnerText == "Headings fixed.");
        Assert.Equal(comments.Count, CountShapes(part.VmlDrawingParts.Single()));
        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
    }

    [Fact]
    public void A_workbook_without_a_stylesheet_gets_one_and_its_cells_are_still_shaded()
    {
        var original = new CouncilWorkbookBuilder().WithoutStylesheet().Build();

        var xlsx = WriteFeedback(original, Findings.OnSpendSheet(), out var annotated);

        using var document = Open(xlsx);
        Assert.True(annotated);
        Assert.Equal(Red, SheetGrid.FillColour(document, SheetGrid.Cells(document, "Spend")["B4"].Style));
        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
    }

    [Fact]
    public void The_feedback_workbook_passes_the_open_xml_validator()
    {
        var xlsx = WriteFeedback();

        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
    }

    [Fact]
    public void The_copy_is_default_namespace_markup_even_when_the_original_used_the_x_prefix()
    {
        var original = new CouncilWorkbookBuilder().Build();
        Assert.NotEmpty(PackageChecks.PrefixedSpreadsheetParts(original));

        var xlsx = WriteFeedback(original, Findings.OnSpendSheet(), out _);

        Assert.Empty(PackageChecks.PrefixedSpreadsheetParts(xlsx));
        Assert.Empty(PackageChecks.AbsoluteRelationshipTargets(xlsx));
        var worksheets = PackageChecks.XmlParts(xlsx).Where(p => p.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, worksheets.Count);
        Assert.All(worksheets, p => Assert.Matches("<worksheet [^>]*xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", p.Value));
    }

    private static int CountShapes(VmlDrawingPart vml)
    {
        using var reader = new StreamReader(vml.GetStream());
        var text = reader.ReadToEnd();
        return System.Text.RegularExpressions.Regex.Matches(text, "<v:shape ").Count;
    }
}
