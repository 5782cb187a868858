using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Dashboard;

/// <summary>An open round as a council sees it.</summary>
/// <param name="Round">The round and its deadline.</param>
/// <param name="DaysLeft">Whole days from today to the deadline: 0 on the day, negative once it has passed.</param>
/// <param name="HasTemplate">Whether a pre-filled template was written for the council (it has an allocation that year).</param>
/// <param name="Latest">The council's latest submission for the round, or null when it has sent none.</param>
public sealed record CouncilRound(Round Round, int DaysLeft, bool HasTemplate, SubmissionSummary? Latest);
