using Ukspf.Domain.Metrics;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Domain.Reconciliation;

/// <summary>The reconciled round: what the consolidated workbook publishes.</summary>
/// <param name="Round">The round.</param>
/// <param name="AsOf">Date of the run.</param>
/// <param name="Programme">Programme totals.</param>
/// <param name="Councils">One row per expected council, in name order.</param>
/// <param name="Priorities">One row per investment priority.</param>
/// <param name="Interventions">One row per intervention with projects.</param>
/// <param name="Indicators">One row per indicator reported.</param>
/// <param name="Findings">Every reconciliation finding, errors first.</param>
/// <param name="Submissions">Every submission of the round, newest first per council.</param>
public sealed record RoundReport(
    Round Round,
    DateOnly AsOf,
    ProgrammeMetrics Programme,
    IReadOnlyList<CouncilMetrics> Councils,
    IReadOnlyList<PriorityMetrics> Priorities,
    IReadOnlyList<InterventionMetrics> Interventions,
    IReadOnlyList<IndicatorMetrics> Indicators,
    IReadOnlyList<ReconciliationFinding> Findings,
    IReadOnlyList<SubmissionSummary> Submissions);
