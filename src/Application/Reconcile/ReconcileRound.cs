using Ukspf.Domain.Councils;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Consolidated;
using Ukspf.Workbooks.Exports;

namespace Ukspf.Application.Reconcile;

/// <summary>
/// Timer-triggered (nightly) and on demand: computes every council's and the programme's metrics for a round,
/// finds missing, late and inconsistent returns, and publishes the consolidated workbook under a dated name and
/// a stable "latest" name, with the round's projects as 360Giving grants beside it, as a flat CSV and a JSON package.
/// </summary>
public sealed class ReconcileRound(
    IBlobStore blobs,
    StorageSetup setup,
    RoundRepository rounds,
    AllocationRepository allocations,
    SubmissionRepository submissions,
    ReturnLinesRepository lines,
    CouncilRegister councils,
    PipelineOptions options,
    TimeProvider clock)
{
    /// <summary>How many reads of the store one reconciliation has in flight at once.</summary>
    private const int ConcurrentReads = 8;

    /// <summary>Characters the grants' CSV writer gathers before encoding them into the blob.</summary>
    private const int WriterBufferSize = 16 * 1024;

    /// <summary>UTF-8 without a byte-order mark, which the 360Giving flatten-tool would read into the first column title.</summary>
    private static readonly System.Text.UTF8Encoding CsvEncoding = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reconciles and publishes one round.</summary>
    /// <exception cref="ArgumentException">The round id is malformed or the round was never opened.</exception>
    public async Task<ReconcileResult> RunAsync(string round, CancellationToken cancellationToken = default)
    {
        var (found, data, report) = await ReconcileAsync(round, cancellationToken);
        var id = found.Id;

        var now = clock.GetUtcNow();
        var dated = PublishedNames.DatedWorkbook(id, now);
        var latest = PublishedNames.LatestWorkbook(id);
        await using var workbook = new MemoryStream();
        ConsolidatedReturnWriter.Write(report, workbook);
        foreach (var name in new[] { dated, latest })
        {
            workbook.Position = 0;
            await blobs.UploadAsync(StorageNames.PublishedContainer, name, workbook, new BlobUploadOptions { ContentType = ContentTypes.Workbook }, cancellationToken);
        }
        var notes = await PublishGrantsAsync(found, data, now, cancellationToken);
        return new ReconcileResult(id.ToString(), dated, latest, report, PublishedNames.GrantsCsv(id), PublishedNames.GrantsJson(id), notes);
    }

    /// <summary>
    /// Computes the round's metrics and findings as of now, as <see cref="RunAsync"/> would publish them, without
    /// publishing anything: what a dashboard shows between nightly runs.
    /// </summary>
    /// <exception cref="ArgumentException">The round id is malformed or the round was never opened.</exception>
    public async Task<RoundReport> ReportAsync(string round, CancellationToken cancellationToken = default) =>
        (await ReconcileAsync(round, cancellationToken)).Report;

    private async Task<(Round Round, RoundData Data, RoundReport Report)> ReconcileAsync(string round, CancellationToken cancellationToken)
    {
        await setup.EnsureAsync(cancellationToken);
        if (!RoundId.TryParse(round, out var id)) throw new ArgumentException($"'{round}' is not a reporting round such as 2025-26-Q2.", nameof(round));
        var found = await rounds.GetAsync(id, cancellationToken)
            ?? throw new ArgumentException($"Round {id} has not been opened: open it first (ukspf round open {id}).", nameof(round));
        var data = await LoadAsync(found, cancellationToken);
        return (found, data, RoundReconciler.Reconcile(data, options.Metrics));
    }

    /// <summary>Reconciles every open round (what the nightly timer runs).</summary>
    public async Task<IReadOnlyList<ReconcileResult>> RunOpenRoundsAsync(CancellationToken cancellationToken = default)
    {
        await setup.EnsureAsync(cancellationToken);
        var results = new List<ReconcileResult>();
        foreach (var round in (await rounds.ListAsync(cancellationToken)).Where(r => r.IsOpen))
            results.Add(await RunAsync(round.Id.ToString(), cancellationToken));
        return results;
    }

    /// <summary>Writes the round's grants as CSV (no byte-order mark) and as a JSON package; gives the publication's notes.</summary>
    private async Task<IReadOnlyList<string>> PublishGrantsAsync(Round round, RoundData data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var returns = data.Accepted.Select(a => (councils.Find(a.Key) ?? new Council(a.Key, a.Key, Nation.England), a.Value));
        var source = new Uri(options.GrantsDataSource.Replace("{round}", round.Id.ToString(), StringComparison.Ordinal));
        var publication = GrantsPublication.Build(round, returns, data.Catalogue, now, source);

        // Each file goes into its blob as it is written, never whole in memory: for 250 councils they come to 11 MB.
        await blobs.WriteAsync(StorageNames.PublishedContainer, PublishedNames.GrantsCsv(round.Id), async (stream, _) =>
        {
            await using var writer = new StreamWriter(stream, CsvEncoding, WriterBufferSize, leaveOpen: true);
            GrantsCsvWriter.Write(publication.Grants, writer);
        }, new BlobUploadOptions { ContentType = "text/csv; charset=utf-8" }, cancellationToken);
        await blobs.WriteAsync(StorageNames.PublishedContainer, PublishedNames.GrantsJson(round.Id), (stream, _) =>
        {
            GrantsJsonWriter.Write(publication.Grants, stream);
            return Task.CompletedTask;
        }, new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);
        return publication.Notes;
    }

    /// <summary>
    /// Reads what the round's reconciliation needs: allocations, every submission record, each council's accepted
    /// return of the round (every line: the metrics and the grants need them) and, for the cross-round checks, only
    /// the totals of its latest accepted return of an earlier round, whatever the number of rounds before it.
    /// </summary>
    private async Task<RoundData> LoadAsync(Round round, CancellationToken cancellationToken)
    {
        var book = await allocations.LoadAsync(cancellationToken);
        var all = await submissions.ListAllAsync(cancellationToken);
        var thisRound = all.Where(s => s.Summary.Round == round.Id).ToList();

        // One accepted return per council; should two hosts still be superseding, the one received last counts.
        var current = thisRound.Where(s => s.Summary.Status == SubmissionStatus.Accepted).OrderBy(s => s.Summary.ReceivedAt).ToList();
        var returns = await ReadEachAsync(current, (s, ct) => lines.LoadAsync(s.Summary.SubmissionId, ct), cancellationToken);
        var accepted = new Dictionary<string, CouncilReturn>();
        for (var i = 0; i < current.Count; i++)
            if (returns[i] is { } ret) accepted[current[i].Summary.LlaCode] = ret;

        // Only returns that were accepted count: a Failed submission may have stored some lines before it stopped.
        var latestEarlier = all.Where(s => s.Summary.Round.CompareTo(round.Id) < 0 && s.Summary.Status is SubmissionStatus.Accepted or SubmissionStatus.Superseded)
            .GroupBy(s => s.Summary.LlaCode)
            .Select(g => g.OrderByDescending(s => s.Summary.Round).ThenByDescending(s => s.Summary.ReceivedAt).First())
            .ToList();
        var totals = await ReadEachAsync(latestEarlier, (s, ct) => lines.LoadTotalsAsync(s.Summary.SubmissionId, ct), cancellationToken);
        var earlier = new Dictionary<string, CumulativeTotals>();
        for (var i = 0; i < latestEarlier.Count; i++)
            if (totals[i] is { } found) earlier[latestEarlier[i].Summary.LlaCode] = found;

        var expected = book.CouncilsIn(round.Id.Year)
            .Select(code => councils.Find(code) ?? new Council(code, code, Nation.England))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new RoundData(round, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), expected, book, accepted, earlier,
            thisRound.Select(s => s.Summary).ToList(), Domain.Catalogue.Catalogue.Default);
    }

    /// <summary>
    /// One read per submission, <see cref="ConcurrentReads"/> at a time, the answers in the submissions' order. Each
    /// read is a round trip to Azure Storage; a few in flight hide most of the waiting without crowding the account.
    /// </summary>
    private static async Task<T?[]> ReadEachAsync<T>(IReadOnlyList<SubmissionRecord> submissions, Func<SubmissionRecord, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        var results = new T?[submissions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, submissions.Count), new ParallelOptions { MaxDegreeOfParallelism = ConcurrentReads, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await read(submissions[i], ct));
        return results;
    }
}
