using System.Diagnostics;

namespace Ukspf.Bench.Harness;

/// <summary>Starts child processes: this benchmark again (same build, same runtime) or Debian's Python.</summary>
public static class ChildProcess
{
    /// <summary>Debian's interpreter, which has python3-openpyxl; a pyenv python3 earlier on PATH may not.</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>A command line that runs this benchmark's own assembly with <paramref name="args"/>.</summary>
    public static ProcessStartInfo Self(params string[] args)
    {
        var info = Redirected(DotnetHost());
        info.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>A command line that runs one of the benchmark's Python scripts (copied next to the assembly).</summary>
    public static ProcessStartInfo PythonScript(string script, params string[] args)
    {
        var info = Redirected(Python);
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "python", script));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>Runs a child to its end, timed from just before it starts to its exit.</summary>
    /// <exception cref="InvalidOperationException">The child failed.</exception>
    public static (double Seconds, string Output) RunTimed(ProcessStartInfo info)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Describe(info)} exited with {process.ExitCode}: {error.Result.Trim()}");
        return (watch.Elapsed.TotalSeconds, output.Result);
    }

    public static string Describe(ProcessStartInfo info) => $"{info.FileName} {string.Join(' ', info.ArgumentList)}";

    private static ProcessStartInfo Redirected(string fileName) => new(fileName)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        RedirectStandardInput = true,
        UseShellExecute = false,
    };

    // Under `dotnet run` this process is the app host, not dotnet; cold runs start `dotnet Ukspf.Bench.dll`, as a Functions cold start would start the app.
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet") return current;
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (root is not null && File.Exists(Path.Combine(root, "dotnet"))) return Path.Combine(root, "dotnet");
        return "dotnet";
    }
}
