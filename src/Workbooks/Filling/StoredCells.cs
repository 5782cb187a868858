using System.Globalization;
using ClosedXML.Excel;
using Ukspf.Workbooks.Building;
using Ukspf.Workbooks.Template;

namespace Ukspf.Workbooks.Filling;

/// <summary>
/// Puts values in cells, and keeps those ClosedXML cannot hold as given to be saved exactly
/// (<see cref="StoredCell"/>): ClosedXML holds such a value as closely as it can, so the totals it works out count
/// it as Excel would.
/// </summary>
internal sealed class StoredCells
{
    // Excel's limit on the characters in one cell.
    private const int MaxCellLength = 32_767;

    /// <summary>The cells to save as given, by sheet name and cell reference.</summary>
    public Dictionary<string, Dictionary<string, StoredCell>> BySheet { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Puts <paramref name="value"/> in <paramref name="cell"/>; text longer than Excel allows is saved in full.</summary>
    public void Put(IXLCell cell, FillValue value)
    {
        Forget(cell);
        if (value.AsText is { Length: > MaxCellLength } text)
        {
            FillValue.Text(text[..MaxCellLength]).WriteTo(cell);
            Keep(cell, new StoredCell(text, IsNumber: false));
            return;
        }

        value.WriteTo(cell);
    }

    /// <summary>Puts a number given as invariant text in <paramref name="cell"/>, saved exactly as written ("1E+400" too).</summary>
    public void PutNumber(IXLCell cell, string invariant)
    {
        Forget(cell);
        if (double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)) cell.SetValue(number);
        else FillValue.None.WriteTo(cell);
        Keep(cell, new StoredCell(invariant, IsNumber: true));
    }

    private void Forget(IXLCell cell)
    {
        if (BySheet.TryGetValue(cell.Worksheet.Name, out var cells)) cells.Remove(cell.Address.ToString()!);
    }

    private void Keep(IXLCell cell, StoredCell stored)
    {
        if (!BySheet.TryGetValue(cell.Worksheet.Name, out var cells)) BySheet[cell.Worksheet.Name] = cells = new(StringComparer.Ordinal);
        cells[cell.Address.ToString()!] = stored;
    }
}
