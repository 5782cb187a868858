using Ukspf.Bench.Harness;

namespace Ukspf.Bench.Report;

/// <summary>One contender's timed runs of one kind (warm, cold, ...), with the count of values every run produced.</summary>
public sealed record Figure(string Contender, string Kind, Samples Samples, long Count, string? Note = null);
