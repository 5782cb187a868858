using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Tests.Metrics;
using Ukspf.Domain.Validation;
using Xunit;

namespace Ukspf.Domain.Tests.Reconciliation;

public class RoundReconcilerTests
{
    [Fact]
    public void Lists_councils_in_name_order_with_their_metrics()
    {
        var data = new RoundDataBuilder()
            .Council("worthing", "Worthing", revenue: 10_000m)
            .Council("adur", "Adur", revenue: 20_000m)
            .Council("arun", "Arun", revenue: 30_000m)
            .Accepted("arun", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 3_000m))
            .Build();

        var report = RoundReconciler.Reconcile(data);

        Assert.Equal(["Adur", "Arun", "Worthing"], report.Councils.Select(c => c.Name));
        Assert.Equal(3_000m, report.Councils[1].Total.Actual);
        Assert.Equal(60_000m, report.Programme.Total.Allocation);
        Assert.Equal(1, report.Programme.ReturnsAccepted);
        Assert.Equal(data.Round, report.Round);
        Assert.Equal(data.AsOf, report.AsOf);
    }

    [Fact]
    public void Puts_errors_first_then_orders_findings_by_council_name()
    {
        // Worthing: missing (error). Adur: late (warning). Arun: over allocation (error).
        var data = new RoundDataBuilder()
            .Council("worthing", "Worthing", revenue: 10_000m)
            .Council("adur", "Adur", revenue: 10_000m)
            .Council("arun", "Arun", revenue: 10_000m)
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 10_000m), received: new DateOnly(2025, 11, 2))
            .Accepted("arun", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 12_000m))
            .Build();

        var findings = RoundReconciler.Reconcile(data).Findings;

        Assert.Equal(
            [(Severity.Error, "arun", ReconciliationKinds.OverAllocation), (Severity.Error, "worthing", ReconciliationKinds.Missing), (Severity.Warning, "adur", ReconciliationKinds.Late)],
            findings.Select(f => (f.Severity, f.LlaCode, f.Kind)));
    }

    [Fact]
    public void Lists_submissions_by_council_newest_first()
    {
        var data = new RoundDataBuilder()
            .Council("arun", "Arun", revenue: 10_000m)
            .Council("adur", "Adur", revenue: 10_000m)
            .Submission("arun", SubmissionStatus.Rejected, new DateOnly(2025, 10, 1))
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 2))
            .Submission("adur", SubmissionStatus.Rejected, new DateOnly(2025, 10, 9))
            .Submission("arun", SubmissionStatus.Rejected, new DateOnly(2025, 10, 5))
            .Build();

        var submissions = RoundReconciler.Reconcile(data).Submissions;

        Assert.Equal(
            [("adur", 9), ("adur", 2), ("arun", 5), ("arun", 1)],
            submissions.Select(s => (s.LlaCode, s.ReceivedAt.Day)));
    }

    [Fact]
    public void Builds_priorities_interventions_and_indicators_from_accepted_returns_only()
    {
        // Adur's accepted return has one E1 project with 4 volunteering opportunities; Arun's return was rejected.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 10_000m)
            .Council("arun", "Arun", revenue: 10_000m)
            .Accepted("adur", new ReturnBuilder().Project("P1", "E1").Spend("P1", "2025-26-Q1", revenueActual: 2_000m).Output("P1", "CP-O01", 4m))
            .Submission("arun", SubmissionStatus.Rejected, new DateOnly(2025, 10, 3), "Wrong council")
            .Build();

        var report = RoundReconciler.Reconcile(data);

        var intervention = Assert.Single(report.Interventions);
        Assert.Equal(("E1", 2_000m, 1), (intervention.Code, intervention.Actual, intervention.Councils));
        Assert.Equal(1m, report.Priorities.Single(p => p.Projects > 0).ShareOfSpend);
        var indicator = Assert.Single(report.Indicators);
        Assert.Equal(("CP-O01", 4m, 500m), (indicator.Code, indicator.Actual, indicator.CostPerUnit));
    }

    [Fact]
    public void Uses_the_metric_settings_it_is_given()
    {
        // £90,000 of £100,000 is Amber by default and Green when Green starts at 90%.
        var data = new RoundDataBuilder()
            .Council("adur", "Adur", revenue: 100_000m)
            .Accepted("adur", new ReturnBuilder().Spend("P1", "2025-26-Q1", revenueActual: 90_000m))
            .Build();

        var byDefault = RoundReconciler.Reconcile(data);
        var lenient = RoundReconciler.Reconcile(data, new Ukspf.Domain.Metrics.MetricSettings { GreenFrom = 0.90m });

        Assert.Equal(Rag.Amber, byDefault.Councils[0].Rag);
        Assert.Equal(Rag.Green, lenient.Councils[0].Rag);
    }
}
