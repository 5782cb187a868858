namespace Ukspf.Bench.Report;

/// <summary>Any further figures of a workload, already formatted.</summary>
public sealed record Table(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
