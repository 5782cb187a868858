using Ukspf.Application.Ingest;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Workbooks.Template;

namespace Ukspf.Application.Rounds;

/// <summary>
/// Finds what a council's template for a round carries forward: its latest accepted return of an earlier round
/// (the latest round first, then the version received last), with its lines.
/// </summary>
internal sealed class LastAcceptedReturns(SubmissionRepository submissions, ReturnLinesRepository lines)
{
    /// <summary>The council's latest accepted return before <paramref name="round"/>, or null when it has none.</summary>
    public async Task<CarriedForward?> BeforeAsync(string lla, RoundId round, CancellationToken cancellationToken)
    {
        var latest = (await submissions.ListCouncilAsync(lla, cancellationToken))
            .Where(s => s.Summary.Status == SubmissionStatus.Accepted && s.Summary.Round.CompareTo(round) < 0)
            .OrderByDescending(s => s.Summary.Round).ThenByDescending(ReceiptOrder.Of)
            .FirstOrDefault();
        if (latest is null) return null;
        var ret = await lines.LoadAsync(latest.Summary.SubmissionId, cancellationToken);
        return ret is null ? null : new CarriedForward(ret, latest.Summary.Round);
    }
}
