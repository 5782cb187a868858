using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Tests.Metrics;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Reconciliation;

public class SubmissionFindingTests
{
    // The test round 2025-26-Q2 has its deadline on 31 October 2025.
    private static RoundDataBuilder Round() => new RoundDataBuilder().Council("adur", "Adur", revenue: 100_000m);

    private static IReadOnlyList<ReconciliationFinding> Findings(RoundDataBuilder builder, string kind) =>
        RoundReconciler.Reconcile(builder.Build()).Findings.Where(f => f.Kind == kind).ToList();

    [Fact]
    public void Reports_a_council_that_sent_nothing_after_the_deadline_as_an_error()
    {
        var data = Round().AsOf(new DateOnly(2025, 11, 15));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.Missing));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("adur", finding.LlaCode);
        Assert.Equal("Adur has sent no return for 2025-26-Q2; the deadline was 31 October 2025.", finding.Message);
    }

    [Fact]
    public void Warns_of_a_missing_return_while_the_deadline_has_not_passed()
    {
        var data = Round().AsOf(new DateOnly(2025, 10, 31));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.Missing));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Adur has not yet sent a return for 2025-26-Q2; it is due by 31 October 2025.", finding.Message);
    }

    [Fact]
    public void Does_not_call_a_return_missing_when_one_was_sent_and_rejected()
    {
        var data = Round().Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 20), "Wrong template");

        Assert.Empty(Findings(data, ReconciliationKinds.Missing));
    }

    [Fact]
    public void Reports_a_council_whose_returns_were_all_rejected()
    {
        var data = Round()
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 20), "Wrong template")
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 28), "The Spend totals do not add up.");

        var finding = Assert.Single(Findings(data, ReconciliationKinds.NoneAccepted));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("None of Adur's 2 returns for 2025-26-Q2 was accepted; the latest, received 28 October 2025, " +
                     "was rejected: The Spend totals do not add up. The deadline was 31 October 2025.", finding.Message);
    }

    [Fact]
    public void Says_the_latest_return_could_not_be_processed_when_its_processing_failed_rather_than_that_it_was_rejected()
    {
        var data = Round()
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 20), "Wrong template")
            .Submission("adur", SubmissionStatus.Failed, new DateOnly(2025, 10, 28), "Processing stopped before a verdict (storage error 503 ServerBusy).");

        var finding = Assert.Single(Findings(data, ReconciliationKinds.NoneAccepted));

        Assert.Equal("None of Adur's 2 returns for 2025-26-Q2 was accepted; the latest, received 28 October 2025, " +
                     "could not be processed: Processing stopped before a verdict (storage error 503 ServerBusy). The deadline was 31 October 2025.", finding.Message);
    }

    [Fact]
    public void Does_not_report_rejections_once_a_return_was_accepted()
    {
        var data = Round()
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 20), "Wrong template")
            .Accepted("adur", new ReturnBuilder());

        Assert.Empty(Findings(data, ReconciliationKinds.NoneAccepted));
    }

    [Fact]
    public void Warns_of_an_accepted_return_received_after_the_deadline()
    {
        var data = Round().Accepted("adur", new ReturnBuilder(), received: new DateOnly(2025, 11, 3));

        var finding = Assert.Single(Findings(data, ReconciliationKinds.Late));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("Adur's return for 2025-26-Q2 was received on 3 November 2025, 3 days after the deadline of 31 October 2025.", finding.Message);
    }

    [Fact]
    public void Counts_a_return_received_on_the_deadline_day_as_on_time()
    {
        var data = Round().Accepted("adur", new ReturnBuilder(), received: new DateOnly(2025, 10, 31));

        Assert.Empty(Findings(data, ReconciliationKinds.Late));
    }

    [Fact]
    public void Counts_a_council_as_on_time_when_its_correction_came_after_an_accepted_return_on_time()
    {
        var data = Round()
            .Submission("adur", SubmissionStatus.Superseded, new DateOnly(2025, 10, 30))
            .Accepted("adur", new ReturnBuilder(), received: new DateOnly(2025, 11, 4));

        Assert.Empty(Findings(data, ReconciliationKinds.Late));
    }
}
