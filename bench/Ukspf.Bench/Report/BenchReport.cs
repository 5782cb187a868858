namespace Ukspf.Bench.Report;

/// <summary>A whole benchmark run: where it ran, with what settings, and each workload's result.</summary>
public sealed record BenchReport(MachineInfo Machine, RunSettings Settings, DateTimeOffset Started, double TotalSeconds, IReadOnlyList<WorkloadResult> Workloads);

/// <summary>The machine and runtimes a run was made on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, long MemoryBytes, string Os, string Dotnet, string? Python, string? Openpyxl, string Configuration);

/// <summary>How many runs each measurement had.</summary>
public sealed record RunSettings(bool Smoke, int Warmups, int Runs, int ColdRuns, double BudgetSeconds);
