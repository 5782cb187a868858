using Ukspf.Application.Findings;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Rounds;
using Ukspf.Storage.Blobs;

namespace Ukspf.Application.Dashboard;

/// <summary>
/// What fund managers see of the rounds: the list of rounds, a round's dashboard as the reconciliation computes it
/// now (without publishing), one council's submissions and findings, and the files the last reconciliation published.
/// </summary>
public sealed class RoundDashboard(
    IBlobStore blobs, StorageSetup setup, RoundRepository rounds, ReconcileRound reconcile, SubmissionRepository submissions,
    FindingsRepository findings, CouncilRegister councils)
{
    /// <summary>Every round ever opened, newest first.</summary>
    public async Task<IReadOnlyList<Round>> RoundsAsync(CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return (await rounds.ListAsync(cancellationToken)).Reverse().ToList();
    }

    /// <summary>The round's dashboard as of now, with the councils <paramref name="filter"/> selects.</summary>
    /// <exception cref="ArgumentException">The round id is malformed or the round was never opened.</exception>
    public async Task<RoundDashboardView> RunAsync(string round, DashboardFilter filter, CancellationToken cancellationToken = default)
    {
        var report = await reconcile.ReportAsync(round, cancellationToken);
        var rows = Rows(report)
            .Where(r => filter.Nation is null || r.Metrics.Nation == filter.Nation)
            .Where(r => filter.Rag is null || r.Metrics.Rag == filter.Rag)
            .ToList();
        var nations = report.Councils.Select(c => c.Nation).Distinct().Order().ToList();
        return new RoundDashboardView(report, filter, rows, nations);
    }

    /// <summary>One council's part of the round: its dashboard row, its submissions with their findings, and what reconciliation found.</summary>
    /// <exception cref="ArgumentException">The round id is malformed or the round was never opened.</exception>
    public async Task<CouncilDrillDown?> CouncilAsync(string round, string lla, CancellationToken cancellationToken = default)
    {
        if (councils.Find(lla) is not { } council) return null;
        var report = await reconcile.ReportAsync(round, cancellationToken);
        var row = Rows(report).FirstOrDefault(r => r.Metrics.LlaCode == council.Code);
        var details = new List<SubmissionDetail>();
        foreach (var record in (await submissions.ListCouncilAsync(council.Code, cancellationToken))
                     .Where(s => s.Summary.Round == report.Round.Id).OrderByDescending(s => s.Summary.ReceivedAt))
            details.Add(new SubmissionDetail(record, await findings.ListAsync(record.Summary.SubmissionId, cancellationToken)));
        return new CouncilDrillDown(council, row, details, report.Findings.Where(f => f.LlaCode == council.Code).ToList());
    }

    /// <summary>Opens the feedback workbook of any council's submission, or null when there is no such submission.</summary>
    public async Task<BlobDownload?> FeedbackAsync(RoundId round, string lla, string submissionId, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        if (await submissions.GetAsync(round, lla, submissionId, cancellationToken) is not { } record) return null;
        return await blobs.DownloadAsync(StorageNames.FeedbackContainer, record.FeedbackBlob, cancellationToken);
    }

    /// <summary>Opens a file the round's last reconciliation published, or null when it has not been published.</summary>
    public async Task<BlobDownload?> PublishedAsync(RoundId round, PublishedFile file, CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        return await blobs.DownloadAsync(StorageNames.PublishedContainer, BlobName(round, file), cancellationToken);
    }

    /// <summary>The name a published file has within the published container (as <see cref="ReconcileRound"/> writes it).</summary>
    public static string BlobName(RoundId round, PublishedFile file) => file switch
    {
        PublishedFile.Consolidated => PublishedNames.LatestWorkbook(round),
        PublishedFile.GrantsCsv => PublishedNames.GrantsCsv(round),
        PublishedFile.GrantsJson => PublishedNames.GrantsJson(round),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, "Not a published file."),
    };

    private static IEnumerable<DashboardRow> Rows(RoundReport report) => report.Councils.Select(c =>
    {
        var about = report.Findings.Where(f => f.LlaCode == c.LlaCode).ToList();
        var (state, kind) = about.Any(f => f.Kind == ReconciliationKinds.Missing) ? (ReturnState.Missing, ReconciliationKinds.Missing)
            : about.Any(f => f.Kind == ReconciliationKinds.NoneAccepted) ? (ReturnState.Rejected, ReconciliationKinds.NoneAccepted)
            : about.Any(f => f.Kind == ReconciliationKinds.Late) ? (ReturnState.Late, ReconciliationKinds.Late)
            : (c.HasAcceptedReturn ? ReturnState.Accepted : ReturnState.Missing, null);
        return new DashboardRow(c, state, kind is null ? null : about.First(f => f.Kind == kind).Message);
    });
}
