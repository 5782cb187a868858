using System.Runtime.InteropServices;
using Ukspf.Bench.Reading;
using Ukspf.Bench.Report;

namespace Ukspf.Bench.Harness;

/// <summary>Describes the machine a run is made on, for the report.</summary>
public static class MachineProbe
{
    public static MachineInfo Describe() => new(
        Cpu(),
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        PythonVersion(),
        OpenpyxlServer.Version(),
#if DEBUG
        "Debug",
#else
        "Release",
#endif
        AzuriteHost.Describe());

    private static string Cpu()
    {
        const string path = "/proc/cpuinfo";
        var model = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':') + 1)..].Trim();
    }

    private static string? PythonVersion()
    {
        try
        {
            var info = ChildProcess.PythonScript("openpyxl_read.py");
            info.ArgumentList.Clear();
            info.ArgumentList.Add("--version");
            return ChildProcess.RunTimed(info).Output.Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
