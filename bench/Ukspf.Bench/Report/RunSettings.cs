namespace Ukspf.Bench.Report;

/// <summary>How many runs each measurement had, and the time one figure was allowed.</summary>
public sealed record RunSettings(bool Smoke, int Warmups, int Runs, int ColdRuns, double BudgetSeconds);
