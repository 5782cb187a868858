using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Testing.Sheets;
using Ukspf.Workbooks.Consolidated;
using Xunit;

namespace Ukspf.Cli.Tests.Demo;

[Collection(DemoCollection.Name)]
public sealed class DemoRunTests(DemoOnEmbeddedStore demo)
{
    private const string CorrectedResubmission = "corrected resubmission";
    private const string LoweredResubmission = "resubmission lowers figures without a reason";
    private const string WrongCouncil = "return uploaded into another council's folder";
    private const string LateReturn = "late return";
    private const string NoReturn = "no return";

    [Fact]
    public void The_demo_runs_a_round_for_forty_councils()
    {
        Assert.Equal("2025-26-Q3", demo.Summary.Round);
        Assert.Equal(40, demo.Summary.Councils.Count);
        Assert.Equal(40, demo.Summary.Councils.Select(c => c.LlaCode).Distinct().Count());
        Assert.Equal(40, demo.Summary.Report.Councils.Count);
        Assert.Equal(40, demo.Summary.Report.Programme.CouncilsExpected);
    }

    [Fact]
    public void Councils_that_return_correctly_are_accepted_without_errors_or_warnings()
    {
        var valid = demo.Summary.Councils.Where(c => c.Scenario == "valid").ToList();

        Assert.NotEmpty(valid);
        Assert.All(valid, c =>
        {
            Assert.Equal(SubmissionStatus.Accepted, c.Status);
            Assert.Equal(0, c.Errors);
            Assert.Equal(0, c.Warnings);
        });
    }

    [Theory]
    [InlineData("money typed as text (accepted with a warning)", SubmissionStatus.Accepted, RuleIds.Cells, Severity.Warning)]
    [InlineData("'TBC' in a number cell", SubmissionStatus.Rejected, RuleIds.Cells, Severity.Error)]
    [InlineData("intervention that does not exist", SubmissionStatus.Rejected, RuleIds.Catalogue, Severity.Error)]
    [InlineData("unit does not match the indicator", SubmissionStatus.Rejected, RuleIds.Catalogue, Severity.Error)]
    [InlineData("spend over allocation", SubmissionStatus.Rejected, RuleIds.Allocation, Severity.Error)]
    [InlineData("total overtyped", SubmissionStatus.Rejected, RuleIds.Totals, Severity.Error)]
    [InlineData("actual spend in a future quarter", SubmissionStatus.Rejected, RuleIds.Periods, Severity.Error)]
    [InlineData("forecast underspend left blank", SubmissionStatus.Rejected, RuleIds.Underspend, Severity.Error)]
    [InlineData("outputs far above target (warning)", SubmissionStatus.Accepted, RuleIds.OverTarget, Severity.Warning)]
    [InlineData("corrupt file", SubmissionStatus.Rejected, RuleIds.File, Severity.Error)]
    [InlineData(WrongCouncil, SubmissionStatus.Rejected, RuleIds.Template, Severity.Error)]
    [InlineData(LoweredResubmission, SubmissionStatus.Rejected, RuleIds.Cumulative, Severity.Error)]
    public void Each_mistake_gets_the_status_and_the_rule_its_scenario_implies(string scenario, SubmissionStatus status, string ruleId, Severity severity)
    {
        var council = demo.Council(scenario);

        Assert.Equal(status, council.Status);
        Assert.Equal(status == SubmissionStatus.Rejected, council.Errors > 0);
        if (severity == Severity.Warning) Assert.True(council.Warnings > 0);
        Assert.NotNull(council.FeedbackFile);
        var feedback = SheetRows.Read(council.FeedbackFile, "Feedback");
        Assert.Contains(feedback, row => row.GetValueOrDefault("A") == severity.ToString() && row.GetValueOrDefault("B") == ruleId);
    }

    [Fact]
    public void A_corrected_resubmission_supersedes_the_first_return_and_both_are_kept()
    {
        var council = demo.Council(CorrectedResubmission);

        // Its folder also holds the return a neighbouring council uploaded there by mistake, rejected; leave it aside.
        var statuses = demo.SubmissionsOf(council.LlaCode).Where(s => s.Summary.Status != SubmissionStatus.Rejected)
            .OrderBy(s => s.Summary.ReceivedAt).Select(s => s.Summary.Status);

        Assert.Equal([SubmissionStatus.Superseded, SubmissionStatus.Accepted], statuses);
        Assert.Equal(SubmissionStatus.Accepted, council.Status);
    }

    [Fact]
    public void A_resubmission_lowering_figures_without_a_reason_leaves_the_first_return_accepted()
    {
        var council = demo.Council(LoweredResubmission);

        var statuses = demo.SubmissionsOf(council.LlaCode).OrderBy(s => s.Summary.ReceivedAt).Select(s => s.Summary.Status);

        Assert.Equal([SubmissionStatus.Accepted, SubmissionStatus.Rejected], statuses);
        Assert.True(demo.Summary.Report.Councils.Single(c => c.LlaCode == council.LlaCode).HasAcceptedReturn);
    }

    [Fact]
    public void A_return_uploaded_into_another_councils_folder_is_recorded_there_as_rejected_and_not_for_the_sender()
    {
        var council = demo.Council(WrongCouncil);

        Assert.Empty(demo.SubmissionsOf(council.LlaCode));
        Assert.Contains(demo.Submissions, s => s.Summary.LlaCode != council.LlaCode && s.Summary.Status == SubmissionStatus.Rejected
            && s.Summary.Reason!.Contains($"return template of '{council.LlaCode}'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_council_that_sends_nothing_has_no_submission_and_is_reported_missing()
    {
        var council = demo.Council(NoReturn);

        Assert.Null(council.Status);
        Assert.Null(council.FeedbackFile);
        Assert.Empty(demo.SubmissionsOf(council.LlaCode));
        Assert.Contains(demo.Summary.Report.Findings, f => f.Kind == ReconciliationKinds.Missing && f.LlaCode == council.LlaCode && f.Severity == Severity.Error);
    }

    [Fact]
    public void A_return_accepted_after_the_deadline_is_reported_late()
    {
        var council = demo.Council(LateReturn);

        Assert.Equal(SubmissionStatus.Accepted, council.Status);
        Assert.Contains(demo.Summary.Report.Findings, f => f.Kind == ReconciliationKinds.Late && f.LlaCode == council.LlaCode);
        Assert.DoesNotContain(demo.Summary.Report.Findings, f => f.Kind == ReconciliationKinds.Late && f.LlaCode != council.LlaCode);
    }

    [Fact]
    public void The_published_workbook_exists_opens_and_has_a_row_per_council()
    {
        Assert.True(File.Exists(demo.Summary.PublishedWorkbook));
        Assert.Equal(ConsolidatedReturnWriter.SheetNames, SheetRows.SheetNames(demo.Summary.PublishedWorkbook));
        var councils = SheetRows.Table(demo.Summary.PublishedWorkbook, "Councils");
        Assert.Equal(demo.Summary.Councils.Select(c => c.LlaCode).Order(), councils.Select(r => r["GSS code"]).Order());
        var exceptions = SheetRows.Table(demo.Summary.PublishedWorkbook, "Exceptions");
        Assert.Contains(exceptions, r => r["Kind"] == ReconciliationKinds.Missing);
        Assert.Contains(exceptions, r => r["Kind"] == ReconciliationKinds.Late);
    }
}
