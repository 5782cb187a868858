namespace Ukspf.Workbooks.Building;

/// <summary>
/// A cell's content written into the saved sheet exactly as given, where ClosedXML cannot hold it: a number with
/// more digits than a double shows ("1234.5599999999999", as other tools write float noise) or beyond a double,
/// text longer than Excel allows. Tests and the demo reproduce such files.
/// </summary>
/// <param name="Text">The stored text.</param>
/// <param name="IsNumber">A number (<c>&lt;v&gt;</c>) rather than text (an inline string).</param>
internal readonly record struct StoredCell(string Text, bool IsNumber);
