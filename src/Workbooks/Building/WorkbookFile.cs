using ClosedXML.Excel;

namespace Ukspf.Workbooks.Building;

/// <summary>Saves a workbook built with ClosedXML as a .xlsx in Excel's own layout (<see cref="ExcelMarkup"/>).</summary>
internal static class WorkbookFile
{
    private static readonly SaveOptions Options = new()
    {
        // Totals are formulas; their results are saved with them, so a reader that does not calculate sees the sums.
        EvaluateFormulasBeforeSaving = true,
        GenerateCalculationChain = false,
        ValidatePackage = false,
    };

    /// <summary>Saves <paramref name="workbook"/> to <paramref name="output"/>, stamped as created at <paramref name="created"/>.</summary>
    /// <param name="workbook">The workbook.</param>
    /// <param name="output">Written from its current position, forward only; left open.</param>
    /// <param name="created">When the workbook counts as made: its properties and every entry carry it, so the same content gives the same bytes.</param>
    /// <param name="stored">Cells to write exactly as given (<see cref="StoredCell"/>), by sheet name and cell reference; null for none.</param>
    public static void Save(XLWorkbook workbook, Stream output, DateTime created, IReadOnlyDictionary<string, Dictionary<string, StoredCell>>? stored = null)
    {
        workbook.Properties.Created = created;
        workbook.Properties.Modified = created;
        using var saved = new MemoryStream();
        workbook.SaveAs(saved, Options);
        saved.Position = 0;
        if (output.CanSeek && output.Position != 0)
        {
            // A zip's offsets count from the start of its stream, so one that starts part way is assembled apart.
            using var buffer = new MemoryStream();
            ExcelMarkup.Rewrite(saved, buffer, created, stored);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        ExcelMarkup.Rewrite(saved, output, created, stored);
    }
}
