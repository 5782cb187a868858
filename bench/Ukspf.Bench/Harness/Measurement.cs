namespace Ukspf.Bench.Harness;

/// <summary>A measurement's timed runs and the count of values its runs produced.</summary>
/// <param name="Samples">The timed runs.</param>
/// <param name="Count">The count of the runs (the largest, if they differed).</param>
/// <param name="Stable">False when runs produced different counts (a writer naming parts at random writes a few bytes more or less).</param>
/// <param name="Bytes">The median of the runs' memory figures: bytes allocated per warm run, or peak RSS per cold process.</param>
public sealed record Measurement(Samples Samples, long Count, bool Stable = true, long? Bytes = null);
