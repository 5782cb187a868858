using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ukspf.Domain.Validation;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Tests.Consolidated;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>
/// The feedback is a copy of the council's package in which only what feedback changes is written: a workbook as
/// Excel saves it keeps every other entry exactly as it was compressed, pictures, charts and custom XML included.
/// </summary>
public class StreamingCopyTests
{
    private const string Red = "FFFFC7CE";
    private const string Amber = "FFFFE0A3";

    private static readonly string[] Written =
    [
        "[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
        ExcelFormWorkbook.SpendSheet, "xl/comments2.xml", "xl/drawings/vmlDrawing2.vml",
        // The council's selected tab, unselected so that only the feedback sheet is.
        ExcelFormWorkbook.StartSheet,
    ];

    private static IReadOnlyList<Finding> OnSpend() =>
    [
        Findings.Error(RuleIds.Cells, "Spend", "B4", "Enter a number of pounds, for example 1200.50.", "twelve"),
        Findings.Warning(RuleIds.Variance, "Spend", "B2", "Actual spend differs from the forecast by more than 20%.", "1200.5"),
        Findings.Error(RuleIds.Totals, "spend", "C2", "The lines do not add up to the total."),
        Findings.Error(RuleIds.Cells, "Spend", "D3", "This cell is required."),
        Findings.Error(RuleIds.Template, "Whole workbook", null, "This is not the current return template."),
    ];

    private static byte[] Feedback(byte[] original, IReadOnlyList<Finding> findings)
    {
        using var output = new MemoryStream();
        Assert.True(FeedbackWorkbookWriter.Write(new MemoryStream(original), findings, Headers.Rejected(), output));
        return output.ToArray();
    }

    [Fact]
    public void Entries_feedback_does_not_write_keep_their_compressed_bytes_and_crc()
    {
        var original = ExcelFormWorkbook.Build();

        var copy = Feedback(original, OnSpend());

        var before = RawZip.Entries(original);
        var after = RawZip.Entries(copy);
        Assert.Empty(before.Keys.Except(after.Keys));
        var unchanged = before.Keys.Except(Written).ToList();
        Assert.Contains(ExcelFormWorkbook.Image, unchanged);
        Assert.Contains("xl/sharedStrings.xml", unchanged);
        Assert.Contains("xl/comments1.xml", unchanged);
        foreach (var name in unchanged)
        {
            Assert.True(before[name].Crc32 == after[name].Crc32, $"{name} has a new CRC.");
            Assert.True(before[name].Compressed.AsSpan().SequenceEqual(after[name].Compressed), $"{name} was compressed again.");
        }

        Assert.False(before[ExcelFormWorkbook.SpendSheet].Compressed.AsSpan().SequenceEqual(after[ExcelFormWorkbook.SpendSheet].Compressed));
        Assert.Equal(["xl/worksheets/sheet3.xml"], after.Keys.Except(before.Keys));
    }

    [Fact]
    public void A_picture_a_chart_and_custom_xml_survive_byte_for_byte_and_stay_attached()
    {
        var copy = Feedback(ExcelFormWorkbook.Build(), OnSpend());

        using (var zip = new ZipArchive(new MemoryStream(copy)))
        {
            foreach (var part in new[] { ExcelFormWorkbook.Image, ExcelFormWorkbook.Chart, ExcelFormWorkbook.Drawing, ExcelFormWorkbook.CustomXml, ExcelFormWorkbook.CustomXmlProperties })
            {
                using var stream = new MemoryStream();
                using (var entry = zip.GetEntry(part)!.Open()) entry.CopyTo(stream);
                Assert.Equal(ExcelFormWorkbook.Parts[part], stream.ToArray());
            }
        }

        using var document = SpreadsheetDocument.Open(new MemoryStream(copy), false);
        var spend = SheetGrid.Part(document, "Spend");
        Assert.Single(spend.Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.Drawing>());
        var drawing = spend.DrawingsPart!;
        Assert.Equal(ExcelFormWorkbook.Png, ReadAll(drawing.ImageParts.Single().GetStream()));
        Assert.Single(drawing.ChartParts);
        Assert.Single(document.WorkbookPart!.CustomXmlParts);
    }

    [Fact]
    public void Each_listed_finding_links_to_its_own_cell_on_the_councils_sheet()
    {
        var findings = OnSpend();

        using var document = SpreadsheetDocument.Open(new MemoryStream(Feedback(ExcelFormWorkbook.Build(), findings)), false);

        var rows = SheetGrid.Rows(document, "Feedback");
        var links = SheetGrid.Part(document, "Feedback").Worksheet.Descendants<Hyperlink>().ToDictionary(h => h.Reference!.Value!, h => h.Location!.Value!);
        var spend = SheetGrid.Cells(document, "Spend");
        var linked = 0;
        // A row of the every-problem table: severity, rule, title, sheet, cell, value (left empty when none), message.
        foreach (var row in rows.Where(r => r.Count >= 6 && r[0].Text is "Error" or "Warning" && r[^1].Reference.StartsWith('G')))
        {
            var cellColumn = row.Single(c => c.Reference.StartsWith('E'));
            var message = row.Single(c => c.Reference.StartsWith('G')).Text;
            var finding = findings.Single(f => f.Message == message);
            if (finding.Location.Cell is null)
            {
                Assert.False(links.ContainsKey(cellColumn.Reference));
                continue;
            }

            Assert.Equal($"'Spend'!{finding.Location.Cell}", links[cellColumn.Reference]);
            var target = Regex.Match(links[cellColumn.Reference], "^'(.+)'!([A-Z]+[0-9]+)$");
            Assert.Equal("Spend", target.Groups[1].Value);
            Assert.Equal(finding.Severity == Severity.Error ? Red : Amber, SheetGrid.FillColour(document, spend[target.Groups[2].Value].Style));
            linked++;
        }

        Assert.Equal(4, linked);
        Assert.Equal(4, links.Count);
    }

    [Fact]
    public void The_copy_opens_in_excel_data_reader_and_passes_the_open_xml_validator()
    {
        var copy = Feedback(ExcelFormWorkbook.Build(), OnSpend());

        Assert.Empty(PackageChecks.ValidationErrors(copy));
        var sheets = DataReaderSheets.Read(copy);
        Assert.Equal(["Feedback", "Start", "Spend"], sheets.Select(s => s.Name));
        Assert.Equal("Feedback on your UKSPF return", sheets[0].Rows[0][0]);
        Assert.Equal("UKSPF quarterly return", sheets[1].Rows[0][0]);
        var spend = sheets[2].Rows;
        Assert.Equal(1200.5, spend[1][1]);
        Assert.Equal("twelve", spend[3][1]);
        Assert.Equal("\"£\"#,##0.00", sheets[2].Formats[1][1]);
    }

    [Fact]
    public void A_sheet_with_the_councils_notes_keeps_them_and_gains_ours_each_with_its_box()
    {
        var copy = Feedback(ExcelFormWorkbook.Build(), OnSpend());

        using var document = SpreadsheetDocument.Open(new MemoryStream(copy), false);
        var spend = SheetGrid.Part(document, "Spend");
        var comments = spend.WorksheetCommentsPart!.Comments;
        Assert.Equal(["Finance officer", FeedbackNoteAuthor], comments.Authors!.Elements<Author>().Select(a => a.Text));
        var list = comments.CommentList!.Elements<Comment>().ToList();
        Assert.Equal(["B2", "B4", "C2", "D3"], list.Select(c => c.Reference!.Value!).Order());
        var b4 = list.Single(c => c.Reference == "B4");
        Assert.Equal(0u, b4.AuthorId!.Value);
        Assert.Contains(ExcelFormWorkbook.SpendComment, b4.InnerText);
        Assert.Contains("Enter a number of pounds", b4.InnerText);
        Assert.All(list.Where(c => c.Reference != "B4"), c => Assert.Equal(1u, c.AuthorId!.Value));

        var vml = ReadText(spend.VmlDrawingParts.Single().GetStream());
        var shapes = Regex.Matches(vml, "<v:shape [^>]*id=\"_x0000_s([0-9]+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(list.Count, shapes.Count);
        Assert.Equal(shapes.Count, shapes.Distinct().Count());
        // The council's drawing claims block 2 (ids 2049 on); ours follow its own shape.
        Assert.All(shapes, id => Assert.InRange(id, 2049, 3072));
        Assert.Contains("Signed off by the S151 officer.", SheetGrid.Part(document, "Start").WorksheetCommentsPart!.Comments.InnerText);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_replaced_in_the_list_and_in_the_note()
    {
        var findings = new[] { Findings.Error(RuleIds.Cells, "Spend", "B4", "Bad value\u0007 here \uD800.", "tw\u0001elve") };

        var copy = Feedback(ExcelFormWorkbook.Build(), findings);

        using var document = SpreadsheetDocument.Open(new MemoryStream(copy), false);
        var problem = FeedbackReadBack.Of(document).Problems().Single();
        Assert.Equal("Bad value\uFFFD here \uFFFD.", problem[6]);
        Assert.Equal("tw\uFFFDelve", problem[5]);
        var note = SheetGrid.Part(document, "Spend").WorksheetCommentsPart!.Comments.CommentList!.Elements<Comment>().Single(c => c.Reference == "B4");
        Assert.Contains("Bad value\uFFFD here \uFFFD.", note.InnerText);
        Assert.Empty(PackageChecks.ValidationErrors(copy));
    }

    private const string FeedbackNoteAuthor = "UKSPF returns check";

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    private static string ReadText(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
