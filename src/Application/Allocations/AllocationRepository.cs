using System.Globalization;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Rounds;
using Ukspf.Storage.Tables;

namespace Ukspf.Application.Allocations;

/// <summary>Allocations in the Allocations table: partition = LLA code, one row per year, line, type and as-of date (re-issues are kept).</summary>
public sealed class AllocationRepository(ITableStore tables)
{
    /// <summary>Stores allocations, one transaction per council; storing the same figures again changes nothing.</summary>
    public async Task SaveAsync(IEnumerable<Allocation> allocations, CancellationToken cancellationToken = default)
    {
        foreach (var council in allocations.GroupBy(a => a.LlaCode))
        {
            foreach (var chunk in council.Select(ToEntity).DistinctBy(e => e.RowKey).Chunk(100))
            {
                var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)).ToList();
                await tables.SubmitTransactionAsync(StorageNames.AllocationsTable, actions, cancellationToken);
            }
        }
    }

    /// <summary>Every allocation stored, as a book in which the latest as-of date wins.</summary>
    public async Task<AllocationBook> LoadAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Allocation>();
        await foreach (var e in tables.QueryAllAsync(StorageNames.AllocationsTable, cancellationToken)) list.Add(FromEntity(e));
        return new AllocationBook(list);
    }

    /// <summary>One council's allocations (all years), as a book.</summary>
    public async Task<AllocationBook> LoadCouncilAsync(string llaCode, CancellationToken cancellationToken = default)
    {
        var list = new List<Allocation>();
        await foreach (var e in tables.QueryPartitionAsync(StorageNames.AllocationsTable, llaCode, cancellationToken)) list.Add(FromEntity(e));
        return new AllocationBook(list);
    }

    private static TableEntity ToEntity(Allocation a) => new(a.LlaCode, $"{a.Year}|{a.FundLine}|{a.SpendType}|{a.AsOf:yyyy-MM-dd}")
    {
        ["Year"] = a.Year.ToString(),
        ["FundLine"] = a.FundLine.ToString(),
        ["SpendType"] = a.SpendType.ToString(),
        ["Amount"] = a.Amount,
        ["Source"] = a.Source,
        ["AsOf"] = a.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static Allocation FromEntity(TableEntity e) => new(
        e.PartitionKey,
        FinancialYear.Parse(e.GetString("Year")!),
        Enum.Parse<FundLine>(e.GetString("FundLine")!),
        Enum.Parse<SpendType>(e.GetString("SpendType")!),
        e.GetDecimal("Amount") ?? 0m,
        e.GetString("Source") ?? "",
        DateOnly.ParseExact(e.GetString("AsOf")!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
}
