using Ukspf.Workbooks.Writing;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>A sheet of the consolidated return holding one table under a header row.</summary>
internal interface IWorkbookTable
{
    /// <summary>The sheet name.</summary>
    string Name { get; }

    /// <summary>The table's extent with its header, e.g. "A1:F20", for the autofilter.</summary>
    string Range { get; }

    /// <summary>Writes the whole worksheet.</summary>
    void Write(SheetXmlWriter writer, ConsolidatedStyles styles, bool selected);
}
