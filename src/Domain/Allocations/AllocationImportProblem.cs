namespace Ukspf.Domain.Allocations;

/// <summary>A row of an allocations file that could not be imported, and why.</summary>
/// <param name="Row">1-based row number in the file (the header is row 1).</param>
/// <param name="Message">What is wrong, in a fund manager's words.</param>
public sealed record AllocationImportProblem(int Row, string Message);
