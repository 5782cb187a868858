using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;

namespace Ukspf.Functions.Allocations;

/// <summary>Imports the allocations file fund managers provide (CSV, UTF-8, header row).</summary>
public sealed class ImportAllocations(StorageSetup setup, AllocationRepository repository, CouncilRegister councils, TimeProvider clock)
{
    /// <summary>Stores every usable row; rows with problems are reported, not stored.</summary>
    /// <exception cref="ArgumentException">The file is not a CSV.</exception>
    public async Task<ImportResult> RunAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{fileName}: allocations are imported from a CSV file (save the sheet as CSV UTF-8).", nameof(fileName));
        await setup.EnsureAsync(cancellationToken);
        using var reader = new StreamReader(content);
        var table = CsvTable.Read(reader);
        var (allocations, problems) = AllocationImport.Read(table, councils, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await repository.SaveAsync(allocations, cancellationToken);
        return new ImportResult(allocations.Count, problems);
    }
}
