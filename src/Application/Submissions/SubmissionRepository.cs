using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Submissions;

/// <summary>
/// Submission records in the Submissions table: partition = council, row key = "{round}|{submissionId}". Ingesting
/// a return reads only its own council's partition, however many councils and rounds there are; the nightly
/// reconciliation reads the whole table.
/// </summary>
public sealed class SubmissionRepository(ITableStore tables)
{
    /// <summary>
    /// The partition of uploads that name no usable round and council. No council's key can be it: a council folder
    /// that is a key starts with a letter or digit.
    /// </summary>
    public const string UnroutablePartition = "_unroutable";

    /// <summary>The record of one submission, or null.</summary>
    public async Task<SubmissionRecord?> GetAsync(RoundId round, string lla, string submissionId, CancellationToken cancellationToken = default)
    {
        var e = await tables.GetAsync(StorageNames.SubmissionsTable, lla, RowKey(round, submissionId), cancellationToken);
        return e is null ? null : FromEntity(e);
    }

    /// <summary>Every submission of a round.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListRoundAsync(RoundId round, CancellationToken cancellationToken = default) =>
        (await ListAllAsync(cancellationToken)).Where(s => s.Summary.Round == round).ToList();

    /// <summary>Every submission of one council, all rounds.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListCouncilAsync(string lla, CancellationToken cancellationToken = default)
    {
        var list = new List<SubmissionRecord>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.SubmissionsTable, lla, cancellationToken)) list.Add(FromEntity(e));
        return list;
    }

    /// <summary>Every submission of every round.</summary>
    public async Task<IReadOnlyList<SubmissionRecord>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<SubmissionRecord>();
        await foreach (var e in tables.QueryAllAsync(StorageNames.SubmissionsTable, cancellationToken))
            if (e.PartitionKey != UnroutablePartition) list.Add(FromEntity(e));
        return list;
    }

    /// <summary>Records an upload that names no usable round and council; recording the same upload again replaces its record.</summary>
    public Task SaveUnroutableAsync(UnroutableUpload upload, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(StorageNames.SubmissionsTable, new TableEntity(UnroutablePartition, UnroutableKey(upload))
        {
            ["InboxName"] = upload.InboxName,
            ["ReceivedAt"] = upload.ReceivedAt,
            ["Status"] = upload.Status.ToString(),
            ["Reason"] = upload.Reason,
            ["ArchiveBlob"] = upload.ArchiveBlob,
            ["FeedbackBlob"] = upload.FeedbackBlob,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Every upload that named no usable round and council, in no particular order.</summary>
    public async Task<IReadOnlyList<UnroutableUpload>> ListUnroutableAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<UnroutableUpload>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.SubmissionsTable, UnroutablePartition, cancellationToken))
            list.Add(new UnroutableUpload(e.RowKey.Split('|')[0], e.GetString("InboxName") ?? "", e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
                Enum.Parse<SubmissionStatus>(e.GetString("Status")!), e.GetString("Reason") ?? "", e.GetString("ArchiveBlob") ?? "", e.GetString("FeedbackBlob") ?? ""));
        return list;
    }

    /// <summary>Creates or replaces a record.</summary>
    public Task SaveAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        tables.UpsertAsync(StorageNames.SubmissionsTable, ToEntity(record), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Marks an accepted submission superseded, if it has not changed since it was read.</summary>
    public Task SupersedeAsync(SubmissionRecord record, CancellationToken cancellationToken = default) =>
        tables.UpdateAsync(StorageNames.SubmissionsTable, ToEntity(record with { Summary = record.Summary with { Status = SubmissionStatus.Superseded } }),
            record.ETag ?? "*", TableUpdateMode.Replace, cancellationToken);

    private static string RowKey(RoundId round, string submissionId) => $"{round}|{submissionId}";

    // The same bytes uploaded under two unusable names are two records; the same upload processed twice is one.
    private static string UnroutableKey(UnroutableUpload upload) =>
        $"{upload.SubmissionId}|{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(upload.InboxName)))[..12]}";

    private static TableEntity ToEntity(SubmissionRecord r) => new(r.Summary.LlaCode, RowKey(r.Summary.Round, r.Summary.SubmissionId))
    {
        ["FileName"] = r.Summary.FileName,
        ["ReceivedAt"] = r.Summary.ReceivedAt,
        ["Status"] = r.Summary.Status.ToString(),
        ["Errors"] = r.Summary.Errors,
        ["Warnings"] = r.Summary.Warnings,
        ["Reason"] = r.Summary.Reason,
        ["InboxName"] = r.InboxName,
        ["ArchiveBlob"] = r.ArchiveBlob,
        ["FeedbackBlob"] = r.FeedbackBlob,
        ["ProcessedAt"] = r.ProcessedAt,
        ["UploadedBy"] = r.Summary.UploadedBy,
    };

    private static SubmissionRecord FromEntity(TableEntity e)
    {
        var separator = e.RowKey.IndexOf('|');
        var summary = new SubmissionSummary(
            e.RowKey[(separator + 1)..],
            e.PartitionKey,
            RoundId.Parse(e.RowKey[..separator]),
            e.GetString("FileName") ?? "",
            e.GetDateTimeOffset("ReceivedAt") ?? DateTimeOffset.MinValue,
            Enum.Parse<SubmissionStatus>(e.GetString("Status")!),
            e.GetInt32("Errors") ?? 0,
            e.GetInt32("Warnings") ?? 0,
            e.GetString("Reason"),
            e.GetString("UploadedBy"));
        return new SubmissionRecord(summary, e.GetString("InboxName") ?? "", e.GetString("ArchiveBlob") ?? "", e.GetString("FeedbackBlob") ?? "", e.ETag,
            e.GetDateTimeOffset("ProcessedAt"));
    }
}
