namespace Ukspf.Workbooks.Tests.Consolidated;

/// <summary>One sheet as ExcelDataReader sees it: values as .NET types, and each cell's number format.</summary>
public sealed record DataReaderSheet(string Name, IReadOnlyList<object?[]> Rows, IReadOnlyList<string?[]> Formats);
