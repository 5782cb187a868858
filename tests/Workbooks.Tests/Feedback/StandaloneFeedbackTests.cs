using DocumentFormat.OpenXml.Packaging;
using Ukspf.Workbooks.Feedback;
using Ukspf.Workbooks.Tests.Writing;
using Xunit;

namespace Ukspf.Workbooks.Tests.Feedback;

public class StandaloneFeedbackTests
{
    private static byte[] Standalone(FeedbackHeader header, IReadOnlyList<Ukspf.Domain.Validation.Finding> findings)
    {
        using var output = new MemoryStream();
        FeedbackWorkbookWriter.WriteStandalone(findings, header, output);
        return output.ToArray();
    }

    [Fact]
    public void Standalone_feedback_holds_only_the_feedback_sheet_with_the_upload_details()
    {
        var header = Headers.Rejected("The file is not an Excel workbook.");

        var xlsx = Standalone(header, Findings.OnSpendSheet());

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var feedback = FeedbackReadBack.Of(document);
        Assert.Equal(["Feedback"], SheetGrid.SheetNames(document));
        Assert.Equal(header.CouncilName, feedback.Value("Council"));
        Assert.Equal(header.Round, feedback.Value("Round"));
        Assert.Equal(header.FileName, feedback.Value("File"));
        Assert.Equal("Rejected", feedback.Value("Result"));
        Assert.Equal(header.Reason, feedback.Value("Reason"));
        Assert.Equal(Findings.OnSpendSheet().Count, feedback.Problems().Count);
    }

    [Fact]
    public void Received_time_is_stored_as_a_date_serial_in_utc()
    {
        var xlsx = Standalone(Headers.Rejected(), []);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var received = FeedbackReadBack.Of(document).Rows.First(r => r[0].Text == "Received (UTC)")[1];
        Assert.True(received.IsNumber);
        Assert.Equal(new DateTime(2024, 10, 14, 9, 30, 0), DateTime.FromOADate(double.Parse(received.Text!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("dd/mm/yyyy hh:mm", SheetGrid.FormatCode(document, received.Style));
    }

    public static TheoryData<string> NotWorkbooks => ["text", "empty", "zip without a workbook"];

    private static byte[] NotAWorkbook(string kind)
    {
        if (kind == "text") return "PK this is not a zip file"u8.ToArray();
        if (kind == "empty") return [];
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("readme.txt");
        }

        return zip.ToArray();
    }

    [Theory]
    [MemberData(nameof(NotWorkbooks))]
    public void An_upload_that_is_not_a_workbook_gets_the_standalone_feedback(string kind)
    {
        var notAWorkbook = NotAWorkbook(kind);
        using var output = new MemoryStream();

        var annotated = FeedbackWorkbookWriter.Write(new MemoryStream(notAWorkbook), Findings.OnSpendSheet(), Headers.Rejected(), output);

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.False(annotated);
        Assert.Equal(["Feedback"], SheetGrid.SheetNames(document));
        Assert.Empty(PackageChecks.ValidationErrors(output.ToArray()));
    }

    [Theory]
    [InlineData("Superseded", "replaced by a later one")]
    [InlineData("Failed", "tried again; you need not upload it again")]
    public void A_return_that_was_not_rejected_is_not_asked_to_correct_anything(string status, string said)
    {
        var xlsx = Standalone(Headers.Accepted() with { Status = status, Reason = "A later version arrived." }, []);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var feedback = FeedbackReadBack.Of(document);
        Assert.Equal(status, feedback.Value("Result"));
        Assert.False(feedback.Says("Your return has not been accepted. Please correct the errors listed below and upload the workbook again."));
        Assert.Contains(feedback.Rows.SelectMany(r => r), c => c.Text?.Contains(said, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_accepted_return_without_findings_is_told_so()
    {
        var xlsx = Standalone(Headers.Accepted(), []);

        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var feedback = FeedbackReadBack.Of(document);
        Assert.Equal("Accepted", feedback.Value("Result"));
        Assert.Equal("0", feedback.Value("Errors"));
        Assert.True(feedback.Says("Your return has been accepted. We found no problems."));
        Assert.Empty(feedback.Problems());
    }

    [Fact]
    public void Standalone_feedback_passes_the_validator_and_uses_no_x_prefix()
    {
        var xlsx = Standalone(Headers.Rejected(), Findings.OnSpendSheet());

        Assert.Empty(PackageChecks.ValidationErrors(xlsx));
        Assert.Empty(PackageChecks.PrefixedSpreadsheetParts(xlsx));
        Assert.Empty(PackageChecks.AbsoluteRelationshipTargets(xlsx));
    }
}
