using Ukspf.Application.Submissions;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;

namespace Ukspf.Application.Ingest;

/// <summary>
/// A council's versions of its returns, in <see cref="ReceiptOrder"/>: which accepted return a new version is held
/// to, whether a version received later already stands, and superseding all but the one received last. Each answer
/// comes from the table as it is, so hosts ingesting two versions at once agree: each records its own version and
/// then supersedes every accepted version of the round but the latest, and the later of the two sweeps sees both.
/// </summary>
internal sealed class RoundVersions(SubmissionRepository submissions, ReturnLinesRepository lines)
{
    private const int SweepAttempts = 5;

    /// <summary>
    /// The return R04 holds <paramref name="run"/> to: the latest accepted (or since superseded) return of the same
    /// round received before it, else of the latest earlier round. A late return for an earlier round is held to
    /// what was accepted up to its own round, never to a later round.
    /// </summary>
    public async Task<CouncilReturn?> PreviousAcceptedAsync(IngestRun run, CancellationToken cancellationToken)
    {
        var round = run.Round!.Value;
        var me = ReceiptOrder.Of(run);
        var previous = (await submissions.ListCouncilAsync(run.Lla, cancellationToken))
            .Where(s => s.Summary.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded && s.Summary.SubmissionId != run.SubmissionId)
            .Where(s => s.Summary.Round.CompareTo(round) < 0 || (s.Summary.Round == round && ReceiptOrder.Of(s).CompareTo(me) < 0))
            .OrderByDescending(s => s.Summary.Round).ThenByDescending(ReceiptOrder.Of)
            .FirstOrDefault();
        return previous is null ? null : await lines.LoadAsync(previous.Summary.SubmissionId, cancellationToken);
    }

    /// <summary>The accepted version of the round received after <paramref name="run"/>, if one stands already.</summary>
    public async Task<SubmissionRecord?> LaterAcceptedAsync(IngestRun run, CancellationToken cancellationToken)
    {
        var me = ReceiptOrder.Of(run);
        return (await AcceptedAsync(run, cancellationToken))
            .Where(s => s.Summary.SubmissionId != run.SubmissionId && ReceiptOrder.Of(s).CompareTo(me) > 0)
            .MaxBy(ReceiptOrder.Of);
    }

    /// <summary>
    /// Supersedes every accepted version of the round but the one received last, <paramref name="run"/>'s own
    /// included; returns what <paramref name="run"/> is then. A record another host changed meanwhile is read again.
    /// </summary>
    public async Task<SubmissionStatus> SupersedeAllButLatestAsync(IngestRun run, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var accepted = await AcceptedAsync(run, cancellationToken);
            var latest = accepted.MaxBy(ReceiptOrder.Of);
            try
            {
                foreach (var earlier in accepted.Where(s => s.Summary.SubmissionId != latest!.Summary.SubmissionId)) await submissions.SupersedeAsync(earlier, cancellationToken);
                return latest?.Summary.SubmissionId == run.SubmissionId ? SubmissionStatus.Accepted : SubmissionStatus.Superseded;
            }
            catch (Storage.StorageException e) when (e.IsConflict && attempt < SweepAttempts)
            {
                // Another host superseded or replaced a record since it was read: read them again.
            }
        }
    }

    private async Task<List<SubmissionRecord>> AcceptedAsync(IngestRun run, CancellationToken cancellationToken) =>
        (await submissions.ListCouncilAsync(run.Lla, cancellationToken))
        .Where(s => s.Summary.Round == run.Round && s.Summary.Status == SubmissionStatus.Accepted)
        .ToList();
}
