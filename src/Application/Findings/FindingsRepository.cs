using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Findings;

/// <summary>
/// The findings of each submission in the Findings table: partition = submission id, one row per finding in the
/// order the validator gave them, so a result page, a council's history and a fund manager's drill-down can show
/// them after the upload. Storing the same submission's findings again replaces them.
/// </summary>
public sealed class FindingsRepository(ITableStore tables)
{
    // A finding's value is what the council typed; the message and location say what matters, so a long value is cut.
    private const int MaxValueLength = 1000;

    /// <summary>Stores the findings of a submission in transactions of at most 100, removing any stored before beyond their number.</summary>
    public async Task SaveAsync(string submissionId, IReadOnlyList<Finding> findings, CancellationToken cancellationToken = default)
    {
        var entities = findings.Select((f, i) => ToEntity(submissionId, i, f)).ToList();
        foreach (var chunk in entities.Chunk(100))
        {
            var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
            await tables.SubmitTransactionAsync(StorageNames.FindingsTable, actions, cancellationToken);
        }
        var stale = new List<string>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.FindingsTable, submissionId, cancellationToken))
            if (string.CompareOrdinal(e.RowKey, RowKey(findings.Count - 1)) > 0) stale.Add(e.RowKey);
        foreach (var rowKey in stale) await tables.DeleteAsync(StorageNames.FindingsTable, submissionId, rowKey, cancellationToken: cancellationToken);
    }

    /// <summary>The findings stored for a submission, in their order; empty when none are stored.</summary>
    public async Task<IReadOnlyList<Finding>> ListAsync(string submissionId, CancellationToken cancellationToken = default)
    {
        var list = new List<Finding>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.FindingsTable, submissionId, cancellationToken))
            list.Add(new Finding(e.GetString("RuleId") ?? "", Enum.Parse<Severity>(e.GetString("Severity")!),
                new CellLocation(e.GetString("Sheet") ?? CellLocation.Workbook.Sheet, e.GetString("Cell")), e.GetString("Value"), e.GetString("Message") ?? ""));
        return list;
    }

    private static string RowKey(int index) => $"{index + 1:000000}";

    private static TableEntity ToEntity(string submissionId, int index, Finding f) => new(submissionId, RowKey(index))
    {
        ["RuleId"] = f.RuleId,
        ["Severity"] = f.Severity.ToString(),
        ["Sheet"] = f.Location.Sheet,
        ["Cell"] = f.Location.Cell,
        ["Value"] = f.Value is null ? null : XmlCharacters.CleanAndShorten(f.Value, MaxValueLength),
        ["Message"] = f.Message,
    };
}
