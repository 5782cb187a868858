namespace Ukspf.Bench.Report;

/// <summary>The machine and runtimes a run was made on.</summary>
public sealed record MachineInfo(string Cpu, int Cores, long MemoryBytes, string Os, string Dotnet, string? Python, string? Openpyxl, string Configuration, string? Azurite);
