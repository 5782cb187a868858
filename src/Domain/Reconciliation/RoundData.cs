using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Domain.Reconciliation;

/// <summary>What the reconciliation of one round reads.</summary>
/// <param name="Round">The round.</param>
/// <param name="AsOf">The date of the run (decides time elapsed and lateness).</param>
/// <param name="Councils">Councils expected to return in the round.</param>
/// <param name="Allocations">Allocations in force.</param>
/// <param name="Accepted">Each council's accepted return for the round, keyed by LLA code.</param>
/// <param name="Earlier">
/// What the cross-round checks need of each council's latest accepted return from an earlier round, keyed by LLA code.
/// </param>
/// <param name="Submissions">Every submission of the round (all statuses).</param>
/// <param name="Catalogue">Interventions and indicators.</param>
public sealed record RoundData(
    Round Round,
    DateOnly AsOf,
    IReadOnlyList<Council> Councils,
    AllocationBook Allocations,
    IReadOnlyDictionary<string, CouncilReturn> Accepted,
    IReadOnlyDictionary<string, CumulativeTotals> Earlier,
    IReadOnlyList<SubmissionSummary> Submissions,
    Catalogue.Catalogue Catalogue);
