using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>
/// A real <c>ukspf serve</c> process (<c>dotnet ukspf.dll serve</c> from the test's output folder), its standard
/// output and error kept line by line with when each arrived. Stopped with SIGTERM, as a service manager would, or
/// killed outright for a hard stop.
/// </summary>
internal sealed class ServeProcess : IAsyncDisposable
{
    private const int Sigterm = 15;
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(40);
    private static readonly string[] InheritedSettings = ["AzureWebJobsStorage", "ReconcileSchedule"];

    private readonly Process _process;
    private readonly List<(TimeSpan At, string Line)> _lines = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private ServeProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines) return _lines.Select(l => l.Line).ToList();
        }
    }

    /// <summary>Starts <c>ukspf serve</c> with <paramref name="arguments"/>; settings of the test run's own environment are not inherited.</summary>
    public static ServeProcess Start(string name, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ukspf.dll"));
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var setting in InheritedSettings) start.Environment.Remove(setting);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(name, process);
        process.OutputDataReceived += (_, e) => serve.Add(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return serve;
    }

    /// <summary>How long after the process started the first line matching <paramref name="match"/> arrived, if one has.</summary>
    public TimeSpan? ArrivalOf(Func<string, bool> match)
    {
        lock (_lines) return _lines.Where(l => match(l.Line)).Select(l => (TimeSpan?)l.At).FirstOrDefault();
    }

    /// <summary>Time since the process started, on the clock <see cref="ArrivalOf"/> reads.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    public int Count(Func<string, bool> match) => Lines.Count(match);

    public async Task WaitForLineAsync(Func<string, bool> match, string what, TimeSpan? deadline = null)
    {
        await Eventually.WaitUntilAsync(() => Lines.Any(match) || _process.HasExited, what, () => ToString(), deadline);
        if (_process.HasExited) _process.WaitForExit(); // the last lines may still be on their way
        if (!Lines.Any(match)) throw new InvalidOperationException($"{Name} exited before {what}.{Environment.NewLine}{this}");
    }

    /// <summary>Waits until the host has started (it prints its start line then).</summary>
    public Task WaitUntilServingAsync() => WaitForLineAsync(l => l.StartsWith("Serving ", StringComparison.Ordinal), $"{Name} to start serving");

    /// <summary>Sends SIGTERM and returns the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited && kill(_process.Id, Sigterm) != 0)
            throw new InvalidOperationException($"Could not signal {Name} (pid {_process.Id}): errno {Marshal.GetLastPInvokeError()}.");
        return await WaitForExitAsync(StopDeadline);
    }

    /// <summary>Kills the process outright, as a crash or a lost machine would stop it.</summary>
    public async Task KillHardAsync()
    {
        _process.Kill(entireProcessTree: true);
        await WaitForExitAsync(StopDeadline);
    }

    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not exit within {deadline.TotalSeconds} s.{Environment.NewLine}{this}");
        }
        return _process.ExitCode;
    }

    public override string ToString() => $"--- {Name} ---{Environment.NewLine}{string.Join(Environment.NewLine, Lines)}";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (_lines) _lines.Add((_clock.Elapsed, line));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
