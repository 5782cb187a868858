using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.ReferenceData;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Application.Allocations;

/// <summary>Imports the allocations file fund managers provide: CSV (UTF-8) or a workbook whose first sheet holds the same columns.</summary>
public sealed class ImportAllocations(StorageSetup setup, AllocationRepository repository, CouncilRegister councils, PipelineOptions options, TimeProvider clock)
{
    /// <summary>Stores every usable row; rows with problems are reported, not stored.</summary>
    /// <exception cref="ArgumentException">The file is neither a CSV nor a usable .xlsx workbook.</exception>
    public async Task<ImportResult> RunAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var table = ReadTable(content, fileName);
        await setup.EnsureAsync(cancellationToken);
        var (allocations, problems) = AllocationImport.Read(table, councils, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Validation);
        await repository.SaveAsync(allocations, cancellationToken);
        return new ImportResult(allocations.Count, problems);
    }

    private static CsvTable ReadTable(Stream content, string fileName)
    {
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(content);
            return CsvTable.Read(reader);
        }
        if (!fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{fileName}: allocations are imported from a CSV (UTF-8) or an .xlsx workbook.", nameof(fileName));
        try
        {
            return FirstSheetTable.Read(content, fileName);
        }
        catch (WorkbookRejectedException e)
        {
            throw new ArgumentException($"{fileName}: {e.Message}", nameof(fileName), e);
        }
    }
}
