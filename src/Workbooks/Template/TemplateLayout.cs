using Ukspf.Domain.Template;

namespace Ukspf.Workbooks.Template;

/// <summary>
/// Where the generator puts things. Only the generator relies on these rows: the reader and the filler find tables
/// and cells by their defined names, so a council inserting rows or moving columns breaks nothing.
/// </summary>
internal static class TemplateLayout
{
    /// <summary>Sheet title row.</summary>
    public const int TitleRow = 1;

    /// <summary>Row of the one-line instructions above a table.</summary>
    public const int InstructionsRow = 2;

    /// <summary>Row of the Spend totals: above the table, so rows a council adds below can never run into it.</summary>
    public const int TotalsRow = 3;

    /// <summary>Header row of every input table.</summary>
    public const int HeaderRow = 4;

    /// <summary>First input row of every input table.</summary>
    public const int FirstInputRow = HeaderRow + 1;

    /// <summary>Last input row of a new template's table.</summary>
    public const int LastInputRow = HeaderRow + TemplateSchema.InputRows;

    /// <summary>Last input row of a table that starts with <paramref name="carried"/> rows carried forward: room for as many again as a new template has.</summary>
    public static int LastInputRowWith(int carried) => LastInputRow + carried;

    /// <summary>First row of the label and input cell pairs on the Programme and Sign off sheets.</summary>
    public const int FirstFieldRow = 4;

    /// <summary>Earliest date the date cells accept.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>Latest date the date cells accept.</summary>
    public static readonly DateOnly LatestDate = new(2099, 12, 31);
}
