using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Storage.Tables;

namespace Ukspf.Functions.Submissions;

/// <summary>Submission records in the Submissions table: partition = round, row key = "{lla}|{submissionId}".</summary>
public sealed class SubmissionRepository(ITableStore tables)
{
    /// <summary>The record of one submission, or null.</summary>
    public async Task<SubmissionRecord?> GetAsync(RoundId round, string lla, string submissionId, CancellationToken cancellationToken = default)
    {
        var e = await tables.GetAsync(StorageNames.SubmissionsTable, round.ToString(), RowKey(lla, submissionId), cancellationToken);
        return e is null ? null : FromEntity(e);
    }

    /// <summary>Every submission of a round.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListRoundAsync(RoundId round, CancellationToken cancellationToken = default)
    {
        var list = new List<SubmissionRecord>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.SubmissionsTable, round.ToString(), cancellationToken)) list.Add(FromEntity(e));
        return list;
    }

    /// <summary>Every submission of every round.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<SubmissionRecord>();
        await foreach (var e in tables.QueryAllAsync(StorageNames.SubmissionsTable, cancellationToken)) list.Add(FromEntity(e));
        return list;
    }

    /// <summary>Creates or replaces a record.</summary>
    public Task SaveAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(StorageNames.SubmissionsTable, ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Marks an accepted submission superseded, if it has not changed since it was read.</summary>
    public Task SupersedeAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        tables.UpdateAsync(StorageNames.SubmissionsTable, ToEntity(record with { Summary = record.Summary with { Status = SubmissionStatus.Superseded } }),
            record.ETag ?? "*", TableUpdateMode.Replace, cancellationToken);

    private static string RowKey(string lla, string submissionId) => $"{lla}|{submissionId}";

    private static TableEntity ToEntity(SubmissionRecord r) => new(r.Summary.Round.ToString(), RowKey(r.Summary.LlaCode, r.Summary.SubmissionId))
    {
        ["Lla"] = r.Summary.LlaCode,
        ["FileName"] = r.Summary.FileName,
        ["ReceivedAt"] = r.Summary.ReceivedAt,
        ["Status"] = r.Summary.Status.ToString(),
        ["Errors"] = r.Summary.Errors,
        ["Warnings"] = r.Summary.Warnings,
        ["Reason"] = r.Summary.Reason,
        ["InboxName"] = r.InboxName,
        ["ArchiveBlob"] = r.ArchiveBlob,
        ["FeedbackBlob"] = r.FeedbackBlob,
    };

    private static SubmissionRecord FromEntity(TableEntity e)
    {
        var id = e.RowKey[(e.RowKey.IndexOf('|') + 1)..];
        var summary = new SubmissionSummary(
            id,
            e.GetString("Lla")!,
            RoundId.Parse(e.PartitionKey),
            e.GetString("FileName") ?? "",
            e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
            Enum.Parse<SubmissionStatus>(e.GetString("Status")!),
            e.GetInt32("Errors") ?? 0,
            e.GetInt32("Warnings") ?? 0,
            e.GetString("Reason"));
        return new SubmissionRecord(summary, e.GetString("InboxName") ?? "", e.GetString("ArchiveBlob") ?? "", e.GetString("FeedbackBlob") ?? "", e.ETag);
    }
}
