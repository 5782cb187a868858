using System.Diagnostics;
using System.Globalization;
using Ukspf.Bench.Harness;

namespace Ukspf.Bench.Reading;

/// <summary>
/// openpyxl (Debian's python3-openpyxl) in read-only mode, kept running in one Python process so its runs are warm
/// like the in-process contenders'. Each run is timed inside Python, around the read alone.
/// </summary>
public sealed class OpenpyxlServer : IDisposable
{
    private readonly Process _process;

    private OpenpyxlServer(Process process) => _process = process;

    public static OpenpyxlServer Start() =>
        new(Process.Start(ChildProcess.PythonScript("openpyxl_read.py", "serve")) ?? throw new InvalidOperationException("Could not start Python."));

    /// <summary>The installed openpyxl version, or null when Debian's Python cannot import it.</summary>
    public static string? Version()
    {
        try
        {
            var info = ChildProcess.PythonScript("openpyxl_read.py");
            info.ArgumentList.Clear();
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("import openpyxl; print(openpyxl.__version__)");
            return ChildProcess.RunTimed(info).Output.Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    public RunResult Read(string path)
    {
        _process.StandardInput.WriteLine(path);
        _process.StandardInput.Flush();
        var line = _process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException($"openpyxl stopped: {_process.StandardError.ReadToEnd().Trim()}");
        var parts = line.Split(' ');
        return new RunResult(double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(10_000)) _process.Kill();
        _process.Dispose();
    }
}
