namespace Ukspf.Workbooks.Tests.Writing;

/// <summary>A cell as read back: its text, whether it is stored as a number, and its style index.</summary>
public sealed record ReadCell(string Reference, string? Text, bool IsNumber, uint Style);
