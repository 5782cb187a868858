using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application.Ingest;
using Ukspf.Application.Rounds;
using Ukspf.Testing.CompoundFiles;
using Ukspf.Testing.Sheets;
using Ukspf.Workbooks.Filling;
using Xunit;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// architecture.md, "Bad input gets a clear answer, and nothing is lost": each kind of bad upload is rejected with a
/// reason a council officer can act on, the original is archived byte for byte and a feedback workbook is written.
/// </summary>
public sealed class IngestBadInputTests
{
    [Fact]
    public async Task Rejects_a_text_file_as_not_an_Excel_workbook()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.Text();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "not an Excel workbook");
    }

    [Fact]
    public async Task Rejects_a_truncated_workbook_as_damaged()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.Truncated(await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur)));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "damaged");
    }

    [Fact]
    public async Task Rejects_a_legacy_xls_and_says_how_to_save_it_as_xlsx()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = CompoundFile.LegacyXls();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xls", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "Excel 97-2003");
        Assert.EndsWith(".xls", result.ArchiveBlob);
    }

    [Fact]
    public async Task Rejects_a_workbook_named_xlsm_as_macro_enabled()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsm", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "macros");
    }

    [Fact]
    public async Task Rejects_a_workbook_carrying_a_VBA_project_as_macro_enabled_whatever_its_name()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.WithVbaProject(await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur)));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "macros");
    }

    [Fact]
    public async Task Rejects_a_password_protected_workbook_and_says_how_to_remove_the_password()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = CompoundFile.PasswordProtectedXlsx();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "password-protected");
    }

    [Fact]
    public async Task Rejects_an_empty_file()
    {
        using var pipeline = await PipelineHarness.StartAsync();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", []);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, [], RuleIds.File, "empty");
    }

    [Fact]
    public async Task Rejects_a_workbook_with_no_worksheets()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.WorkbookWithoutSheets();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "no worksheets");
    }

    [Fact]
    public async Task Rejects_a_blank_workbook_as_not_a_UKSPF_return()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.BlankWorkbook();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "not a UKSPF return");
    }

    [Fact]
    public async Task Rejects_a_zip_bomb_without_unpacking_it()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = BadFiles.ZipBomb();

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "unpacks to far more data");
    }

    [Fact]
    public async Task Rejects_a_file_over_the_size_limit_and_names_the_limit()
    {
        using var pipeline = await PipelineHarness.StartAsync(new PipelineOptions { MaxUploadBytes = 1024 * 1024 });
        var bytes = BadFiles.OfLength(1024 * 1024 * 3 / 2);

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.File, "1 MB");
        Assert.Contains("1.5 MB", result.Reason);
    }

    [Fact]
    public async Task Accepts_a_return_larger_than_the_default_limit_when_the_limit_has_been_raised()
    {
        using var pipeline = await PipelineHarness.StartAsync(new PipelineOptions { MaxUploadBytes = 32L * 1024 * 1024 });
        var bytes = BadFiles.WithStoredPadding(await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur)), 21 * 1024 * 1024);

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        Assert.True(result.Status == SubmissionStatus.Accepted, result.Reason);
    }

    [Fact]
    public async Task Rejects_a_return_made_from_another_template_version()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur), [new CellEdit("Metadata", "B1", "UKSPF-Return-0.9")]);

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.Template, "version 'UKSPF-Return-0.9'");
    }

    [Fact]
    public async Task Rejects_a_return_uploaded_into_another_councils_folder()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000224", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000224", result, bytes, RuleIds.Template, "return template of 'E07000223', but it was uploaded for Arun");
        Assert.Empty(await pipeline.SubmissionsAsync("E07000223"));
    }

    [Fact]
    public async Task Rejects_a_return_for_a_round_that_has_been_closed()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));
        await pipeline.Get<OpenRound>().CloseAsync(PipelineHarness.RoundText);

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "E07000223", result, bytes, RuleIds.Template, "round is closed");
    }

    [Fact]
    public async Task Rejects_an_upload_into_a_folder_that_is_not_a_round()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("E07000223", "adur-return.xlsx", bytes, round: "2025-Q9");

        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains("'2025-Q9' is not a reporting round", result.Reason);
        Assert.Equal(bytes, await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob));
        Assert.StartsWith("2025-Q9/E07000223/", result.ArchiveBlob);
        AssertOpens(await pipeline.BlobAsync(StorageNames.FeedbackContainer, result.FeedbackBlob));
    }

    [Fact]
    public async Task Rejects_an_upload_into_the_folder_of_a_council_the_fund_does_not_know()
    {
        using var pipeline = await PipelineHarness.StartAsync();
        var bytes = await pipeline.FillAsync(pipeline.ValidReturnOf(PipelineHarness.Adur));

        var result = await pipeline.IngestAsync("atlantis", "adur-return.xlsx", bytes);

        await AssertRejectedAndKeptAsync(pipeline, "atlantis", result, bytes, RuleIds.Template, "'atlantis' is not a lead local authority we know");
    }

    /// <summary>Rejected for the given rule with the given words, original archived as it came, feedback written, record kept.</summary>
    internal static async Task AssertRejectedAndKeptAsync(PipelineHarness pipeline, string lla, IngestResult result, byte[] original, string ruleId, string reasonContains)
    {
        Assert.Equal(SubmissionStatus.Rejected, result.Status);
        Assert.Contains(reasonContains, result.Reason);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId && f.Severity == Severity.Error && f.Message == result.Reason);
        Assert.Equal(original, await pipeline.BlobAsync(StorageNames.ArchiveContainer, result.ArchiveBlob));
        var feedback = await pipeline.BlobAsync(StorageNames.FeedbackContainer, result.FeedbackBlob);
        AssertOpens(feedback);
        Assert.Contains(SheetRows.Read(feedback!, "Feedback"), row => row.Values.Contains(ruleId));
        var record = Assert.Single(await pipeline.SubmissionsAsync(lla));
        Assert.Equal(SubmissionStatus.Rejected, record.Summary.Status);
        Assert.Equal(result.Reason, record.Summary.Reason);
        Assert.Equal(result.ArchiveBlob, record.ArchiveBlob);
    }

    private static void AssertOpens(byte[]? feedback)
    {
        Assert.NotNull(feedback);
        Assert.Contains("Feedback", SheetRows.SheetNames(feedback));
    }
}
