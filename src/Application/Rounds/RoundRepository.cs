using System.Globalization;
using Ukspf.Domain.Rounds;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Rounds;

/// <summary>Reporting rounds in the Rounds table (one partition; row key is the round id).</summary>
public sealed class RoundRepository(ITableStore tables)
{
    private const string Partition = "round";

    /// <summary>Creates or replaces a round.</summary>
    public Task SaveAsync(Round round, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(Partition, round.Id.ToString())
        {
            ["Deadline"] = round.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["IsOpen"] = round.IsOpen,
            ["FundingFirst"] = round.FundingPeriod.First.ToString(),
            ["FundingLast"] = round.FundingPeriod.Last.ToString(),
        };
        return tables.UpsertAsync(StorageNames.RoundsTable, entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The round, or null when it was never opened.</summary>
    public async Task<Round?> GetAsync(RoundId id, CancellationToken cancellationToken = default)
    {
        var e = await tables.GetAsync(StorageNames.RoundsTable, Partition, id.ToString(), cancellationToken);
        return e is null ? null : FromEntity(e);
    }

    /// <summary>Every round, oldest first.</summary>
    public async Task<IReadOnlyList<Round>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rounds = new List<Round>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.RoundsTable, Partition, cancellationToken)) rounds.Add(FromEntity(e));
        return rounds.OrderBy(r => r.Id).ToList();
    }

    private static Round FromEntity(TableEntity e) => new(
        RoundId.Parse(e.RowKey),
        DateOnly.ParseExact(e.GetString("Deadline")!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        e.GetBoolean("IsOpen") ?? false,
        new FundingPeriod(FinancialYear.Parse(e.GetString("FundingFirst")!), FinancialYear.Parse(e.GetString("FundingLast")!)));
}
