using System.Diagnostics;

namespace Ukspf.Bench.Harness;

/// <summary>Something measured cold: a fresh process that does the work once, printing its count as the last line.</summary>
/// <param name="Name">The contender.</param>
/// <param name="Start">The command line.</param>
/// <param name="Prepare">Run before each start, outside the timing (e.g. a fresh copy of a store).</param>
public sealed record ColdCommand(string Name, Func<ProcessStartInfo> Start, Action? Prepare = null);
