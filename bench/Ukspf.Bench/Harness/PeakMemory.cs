using System.Globalization;

namespace Ukspf.Bench.Harness;

/// <summary>The process's peak resident set size, as the kernel recorded it (VmHWM in /proc/self/status, or another process's).</summary>
public static class PeakMemory
{
    /// <summary>Peak RSS in bytes, or null where /proc is not available.</summary>
    public static long? Read() => ReadFrom("/proc/self/status");

    /// <summary>Another process's peak RSS in bytes (one this process started), or null where /proc is not available or it has gone.</summary>
    public static long? Read(int processId)
    {
        try
        {
            return ReadFrom($"/proc/{processId}/status");
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long? ReadFrom(string path)
    {
        if (!File.Exists(path)) return null;
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var digits = new string(line.Where(char.IsAsciiDigit).ToArray());
            return long.Parse(digits, CultureInfo.InvariantCulture) * 1024;
        }
        return null;
    }
}
