namespace Ukspf.Bench.Harness;

/// <summary>One timed run: how long it took and how many things it produced (cells, lines), to check every contender did the same work.</summary>
public readonly record struct RunResult(double Seconds, long Count);
