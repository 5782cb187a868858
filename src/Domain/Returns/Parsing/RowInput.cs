using Ukspf.Domain.Workbook;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>One data row of an input table.</summary>
internal readonly struct RowInput
{
    private readonly RawRow _raw;

    /// <param name="source">Where the row is, for the typed line and for findings.</param>
    /// <param name="raw">The row's cells.</param>
    public RowInput(SourceRow source, RawRow raw)
    {
        Source = source;
        _raw = raw;
    }

    /// <summary>Where the row is, for the typed line and for findings.</summary>
    public SourceRow Source { get; }

    /// <summary>The cell of one column; <paramref name="leavesRowOut"/> says whether an unusable value drops the row.</summary>
    public CellInput Cell(CellSpec column, bool leavesRowOut = true) =>
        new(column, _raw.Cells.TryGetValue(column.Key, out var cell) ? cell : null, Source, leavesRowOut);
}
