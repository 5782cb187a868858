using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Application.Dashboard;

/// <summary>One council in one round, as a fund manager drills into it from the dashboard.</summary>
/// <param name="Council">The council.</param>
/// <param name="Row">Its dashboard row, or null when it is not expected to return this round (no allocation that year).</param>
/// <param name="Submissions">Its submissions for the round, newest first, each with its findings.</param>
/// <param name="Findings">What the round's reconciliation found about it.</param>
public sealed record CouncilDrillDown(Council Council, DashboardRow? Row, IReadOnlyList<SubmissionDetail> Submissions, IReadOnlyList<ReconciliationFinding> Findings);
