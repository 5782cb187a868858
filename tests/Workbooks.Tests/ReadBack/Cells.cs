namespace Ukspf.Workbooks.Tests.ReadBack;

/// <summary>A workbook's non-empty cells as one reader read them: by sheet name, then by address ("B2").</summary>
internal sealed class Cells : Dictionary<string, SortedDictionary<string, object>>
{
    public Cells() : base(StringComparer.Ordinal)
    {
    }
}
