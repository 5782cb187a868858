namespace Ukspf.Bench.Harness;

/// <summary>One timed run: how long it took, how many things it produced (cells, lines), and the memory it used.</summary>
/// <param name="Seconds">Elapsed time.</param>
/// <param name="Count">Cells, lines or bytes produced, to check every contender did the same work.</param>
/// <param name="Bytes">Bytes allocated by a warm run, or the peak RSS of a cold process; null where not known.</param>
public readonly record struct RunResult(double Seconds, long Count, long? Bytes = null);
