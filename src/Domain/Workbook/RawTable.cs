namespace Ukspf.Domain.Workbook;

/// <summary>An input table as found in a workbook.</summary>
/// <param name="Name">The template table's defined name.</param>
/// <param name="Sheet">The sheet it was found on.</param>
/// <param name="HeaderRow">The 1-based row of its headers.</param>
/// <param name="ColumnLetters">Template column key to the column letter it was found in.</param>
/// <param name="MissingColumns">Template column keys whose header was not found.</param>
/// <param name="Rows">Its non-empty data rows, in sheet order.</param>
public sealed record RawTable(string Name, string Sheet, int HeaderRow, IReadOnlyDictionary<string, string> ColumnLetters, IReadOnlyList<string> MissingColumns, IReadOnlyList<RawRow> Rows);
