using Ukspf.Bench.Harness;

namespace Ukspf.Bench.Report;

/// <summary>One contender's timed runs of one kind (warm, cold, ...).</summary>
/// <param name="Contender">Who ran.</param>
/// <param name="Kind">warm, cold, or what else the runs were (a whole round, a setup step).</param>
/// <param name="Samples">The timed runs.</param>
/// <param name="Count">The count of values every run produced (cells, lines, bytes written).</param>
/// <param name="Note">What a reader should know about these runs.</param>
/// <param name="Bytes">Bytes allocated per warm run, or peak RSS of a cold process (median), if measured.</param>
public sealed record Figure(string Contender, string Kind, Samples Samples, long Count, string? Note = null, long? Bytes = null)
{
    public static Figure From(string contender, string kind, Measurement m, string? note = null) =>
        new(contender, kind, m.Samples, m.Count, note, m.Bytes);
}
