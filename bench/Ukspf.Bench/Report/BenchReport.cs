namespace Ukspf.Bench.Report;

/// <summary>A whole benchmark run: where it ran, with what settings, and each workload's result.</summary>
public sealed record BenchReport(MachineInfo Machine, RunSettings Settings, DateTimeOffset Started, double TotalSeconds, IReadOnlyList<WorkloadResult> Workloads);
