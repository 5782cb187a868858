using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// Starts Azurite (the pinned npm package, <c>node_modules/.bin/azurite</c> at the repo root) in memory on free
/// loopback ports, waits until it answers, hands out a connection string for devstoreaccount1, and stops it by its
/// process id on dispose. Missing node or Azurite fails the tests with the command that installs them.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account key; it opens nothing but the local emulator.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly List<string> _output = [];
    private Process? _process;
    private string? _workDirectory;

    public int BlobPort { get; private set; }

    public int QueuePort { get; private set; }

    public int TablePort { get; private set; }

    /// <summary>A connection string for devstoreaccount1 with path-style endpoints on this instance's ports.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevelopmentAccountKey + ";" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var executable = FindAzurite();
        _workDirectory = Directory.CreateTempSubdirectory("azurite-").FullName;

        // A port found free can be taken by another process before Azurite binds it; then try fresh ports.
        for (var attempt = 1; ; attempt++)
        {
            BlobPort = FreePort();
            QueuePort = FreePort();
            TablePort = FreePort();
            Start(executable);
            try
            {
                await WaitUntilListeningAsync();
                return;
            }
            catch (AzuriteExitedException) when (attempt < 3)
            {
                _process!.Dispose();
            }
        }
    }

    private void Start(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workDirectory,
        };
        foreach (var argument in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not run {executable} ({e.Message}). Is Node.js installed? Run `npm ci` at the repository root.", e);
        }

        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process?.Dispose();
        if (_workDirectory is not null)
        {
            Directory.Delete(_workDirectory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static string FindAzurite()
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        // Builds may put the binaries outside the checkout (--artifacts-path), so the source file's own folder is
        // a second place to start from.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(SourceFile()) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                if (IsRepositoryRoot(dir))
                {
                    break;
                }
            }
        }

        throw new InvalidOperationException(
            $"Azurite is not installed: no node_modules/.bin/{name} at the repository root. Run `npm ci` there (it needs Node.js).");
    }

    private static bool IsRepositoryRoot(DirectoryInfo dir) =>
        File.Exists(Path.Combine(dir.FullName, "package.json")) && Path.Exists(Path.Combine(dir.FullName, ".git"));

    private static string SourceFile([CallerFilePath] string path = "") => path;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new AzuriteExitedException($"Azurite exited with code {_process.ExitCode}: {string.Join(Environment.NewLine, Output())}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    private string[] Output()
    {
        lock (_output)
        {
            return [.. _output.TakeLast(20)];
        }
    }

    private sealed class AzuriteExitedException(string message) : InvalidOperationException(message);
}
