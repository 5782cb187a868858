namespace Ukspf.Bench.Harness;

/// <summary>
/// How many timed runs a measurement gets: the number asked for, unless its first run shows they would take longer
/// than the budget, in which case as many as fit, and at least one. A defect that makes one run take minutes then
/// costs minutes, not the better part of an hour, and the report says how many runs the figure had.
/// </summary>
public static class RunBudget
{
    /// <summary>Seconds one figure may take; <c>--budget</c> changes it.</summary>
    public static double Seconds { get; set; } = 120;

    public static int Runs(double warmupSeconds, int wanted) =>
        warmupSeconds * wanted <= Seconds ? wanted : Math.Clamp((int)(Seconds / Math.Max(warmupSeconds, 1e-9)), 1, wanted);
}
