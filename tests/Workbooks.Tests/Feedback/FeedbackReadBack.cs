using DocumentFormat.OpenXml.Packaging;
using Ukspf.Workbooks.Tests.Writing;

namespace Ukspf.Workbooks.Tests.Feedback;

/// <summary>The Feedback sheet of a written workbook, read back as text.</summary>
public sealed class FeedbackReadBack
{
    private FeedbackReadBack(IReadOnlyList<IReadOnlyList<ReadCell>> rows) => Rows = rows;

    /// <summary>Every row of the sheet.</summary>
    public IReadOnlyList<IReadOnlyList<ReadCell>> Rows { get; }

    public static FeedbackReadBack Of(SpreadsheetDocument document) => new(SheetGrid.Rows(document, "Feedback"));

    /// <summary>The value next to a label in the header block ("Council", "Errors"...).</summary>
    public string? Value(string label) =>
        Rows.First(r => r.Count >= 2 && r[0].Text == label)[1].Text;

    /// <summary>The rows under the "by rule" table's header: severity, rule, title, count.</summary>
    public IReadOnlyList<string?[]> RuleCounts() => TableUnder(columns: 4);

    /// <summary>The rows under the every-problem table's header: severity, rule, title, sheet, cell, value, message.</summary>
    public IReadOnlyList<string?[]> Problems() => TableUnder(columns: 7);

    /// <summary>Whether any cell holds exactly this text.</summary>
    public bool Says(string text) => Rows.SelectMany(r => r).Any(c => c.Text == text);

    private List<string?[]> TableUnder(int columns)
    {
        var header = Rows.Select((r, i) => (r, i)).First(x => x.r.Count == columns && x.r[0].Text == "Severity").i;
        var table = new List<string?[]>();
        for (var i = header + 1; i < Rows.Count && Rows[i].Count > 0 && Rows[i][0].Text is "Error" or "Warning"; i++)
        {
            var byColumn = new string?[columns];
            foreach (var cell in Rows[i]) byColumn[cell.Reference[0] - 'A'] = cell.Text;
            table.Add(byColumn);
        }

        return table;
    }
}
