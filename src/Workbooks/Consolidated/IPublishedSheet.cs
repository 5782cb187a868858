using ClosedXML.Excel;

namespace Ukspf.Workbooks.Consolidated;

/// <summary>A sheet of the consolidated return.</summary>
internal interface IPublishedSheet
{
    /// <summary>The sheet name.</summary>
    string Name { get; }

    /// <summary>Adds the whole sheet to <paramref name="workbook"/>.</summary>
    void AddTo(XLWorkbook workbook);
}
