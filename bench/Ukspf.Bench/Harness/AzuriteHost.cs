using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ukspf.Bench.Harness;

/// <summary>
/// One Azurite emulator of the benchmark's own, started as the storage tests start theirs: the repository's pinned
/// npm package (<c>npm ci</c> at the root), run by Node with in-memory persistence on free loopback ports, and
/// answering before <see cref="StartAsync"/> returns. Node is started directly, so the process is the emulator and
/// its peak memory can be read. Disposing it kills that process (by its id) and deletes its working folder.
/// </summary>
public sealed class AzuriteHost : IAsyncDisposable
{
    /// <summary>Azurite's published development account key; it opens nothing but a local emulator.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";
    private const string InstallHint = "install Node.js 20 or later and run `npm ci --no-audit --no-fund` at the repository root";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _location;
    private readonly int _blobPort;
    private readonly int _tablePort;

    private AzuriteHost(Process process, string location, int blobPort, int tablePort)
    {
        _process = process;
        _location = location;
        _blobPort = blobPort;
        _tablePort = tablePort;
    }

    /// <summary>How the emulator is run, for the report.</summary>
    public const string Persistence = "in-memory persistence (--inMemoryPersistence)";

    /// <summary>What the Azurite figures measure, said wherever they are reported.</summary>
    public const string NotAzure =
        "Azurite is a local emulator, not Azure. Its figures measure the SDK path (building requests, serialising entities and blobs, HTTP round trips on loopback) and the emulator's own work, on the same two cores as the benchmark; not Azure's network latency, its throttling or its service-side costs. Read the ratio as what the SDK path costs over the embedded store's direct SQLite and file calls, not as a forecast of times on Azure.";

    /// <summary>The report's line for figures left out because Azurite could not run.</summary>
    public static string LeftOut(string reason) =>
        $"the Azurite rows (the storage comparison): {reason}; the embedded store's figures stand alone";

    /// <summary>The pinned Azurite and the Node that runs it, for the report's machine line, or null when either is missing.</summary>
    public static string? Describe()
    {
        if (Unavailable() is not null) return null;
        try
        {
            var info = new ProcessStartInfo(Node()!, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(info);
            var node = process?.StandardOutput.ReadToEnd().Trim();
            process?.WaitForExit();
            return $"Azurite {Version()} on Node {node}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>A connection string for the development account with path-style endpoints on this emulator.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/{AccountName};TableEndpoint=http://127.0.0.1:{_tablePort}/{AccountName};";

    /// <summary>The emulator's own peak RSS so far (VmHWM of the Node process): memory on the emulator's side, not the function's.</summary>
    public long? PeakRssBytes => PeakMemory.Read(_process.Id);

    /// <summary>The pinned Azurite's version, from its package.json, or null when it is not installed.</summary>
    public static string? Version()
    {
        if (Script() is not { } script) return null;
        var package = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(script)))!, "package.json");
        if (!File.Exists(package)) return null;
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(package));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }

    /// <summary>Why Azurite cannot be started here, or null when it can: Node missing from the PATH, or the npm package not installed.</summary>
    public static string? Unavailable()
    {
        if (Node() is null) return $"Node.js is not on the PATH ({InstallHint})";
        if (Script() is null) return $"Azurite is not installed: no node_modules/azurite above {AppContext.BaseDirectory} or {Environment.CurrentDirectory} ({InstallHint})";
        return null;
    }

    /// <summary>Starts an emulator with an empty account and waits until its blob and table services answer.</summary>
    /// <exception cref="AzuriteUnavailableException">Node or Azurite is missing, or the emulator would not start.</exception>
    public static async Task<AzuriteHost> StartAsync()
    {
        if (Unavailable() is { } reason) throw new AzuriteUnavailableException(reason);
        var location = Directory.CreateTempSubdirectory("ukspf-bench-azurite-").FullName;
        int blob = FreePort(), queue = FreePort(), table = FreePort();
        var start = new ProcessStartInfo(Node()!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = location,
        };
        foreach (var argument in (string[])[
            Script()!, "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent", "--disableTelemetry",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}"])
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new AzuriteUnavailableException("Azurite did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Directory.Delete(location, recursive: true);
            throw new AzuriteUnavailableException($"could not run Node ({e.Message})");
        }
        // Read its pipes so a chatty emulator never blocks on a full one; its last words say why it failed to start.
        var tail = new Queue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > 20) tail.Dequeue();
            }
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new AzuriteHost(process, location, blob, table);
        // A benchmark stopped part-way (SIGTERM, Ctrl+C) must not leave its emulator running.
        AppDomain.CurrentDomain.ProcessExit += host.OnProcessExit;
        try
        {
            var clock = Stopwatch.StartNew();
            foreach (var port in new[] { blob, table })
            {
                while (!await AnswersAsync(port))
                {
                    if (process.HasExited || clock.Elapsed > StartTimeout)
                    {
                        string said;
                        lock (tail) said = string.Join(Environment.NewLine, tail);
                        throw new AzuriteUnavailableException($"Azurite did not answer on port {port} ({(process.HasExited ? $"it exited with {process.ExitCode}" : "timed out")}): {said}");
                    }
                    await Task.Delay(100);
                }
            }
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Stop();
        _process.Dispose();
        if (Directory.Exists(_location)) Directory.Delete(_location, recursive: true);
        return ValueTask.CompletedTask;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }

    private static string? Node() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists);

    /// <summary>Azurite's entry script, searched for up from the benchmark's folder (published or built in the checkout) and the current one.</summary>
    private static string? Script()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", "azurite", "dist", "src", "azurite.js");
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AnswersAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

/// <summary>Azurite cannot be run here; the message says why, for the report.</summary>
public sealed class AzuriteUnavailableException(string message) : InvalidOperationException(message);
