using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Xunit;

namespace Ukspf.Cli.Tests.Demo;

/// <summary>
/// Runs the repository's pinned Azurite (<c>node_modules/.bin/azurite</c>, installed by <c>npm ci</c>) in memory on
/// free loopback ports for the tests that use it, and ends that process, by its id, when they are done.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The emulator's published development account key; it opens nothing but a local Azurite.</summary>
    private const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly List<string> _log = [];
    private Process? _azurite;
    private string? _workFolder;
    private int _blobPort;
    private int _queuePort;
    private int _tablePort;

    /// <summary>Connection string for devstoreaccount1 on this instance (path-style endpoints).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{_queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_tablePort}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var executable = Executable();
        _workFolder = Directory.CreateTempSubdirectory("ukspf-azurite-").FullName;
        // Another process may take a port between our finding it free and Azurite binding it: then try new ones.
        for (var attempt = 1; ; attempt++)
        {
            (_blobPort, _queuePort, _tablePort) = (FreePort(), FreePort(), FreePort());
            Start(executable);
            if (await ListeningAsync()) return;
            _azurite!.Dispose();
            if (attempt == 3) throw new InvalidOperationException("Azurite did not start: " + string.Join(Environment.NewLine, Log()));
        }
    }

    public Task DisposeAsync()
    {
        if (_azurite is { HasExited: false })
        {
            _azurite.Kill(entireProcessTree: true);
            _azurite.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _azurite?.Dispose();
        if (_workFolder is not null) Directory.Delete(_workFolder, recursive: true);
        return Task.CompletedTask;
    }

    private void Start(string executable)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _workFolder,
        };
        string[] arguments =
        [
            "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{_blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_tablePort}",
        ];
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            _azurite = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"Could not run {executable} ({e.Message}): install Node.js and run `npm ci` at the repository root.", e);
        }
        _azurite.OutputDataReceived += (_, e) => Remember(e.Data);
        _azurite.ErrorDataReceived += (_, e) => Remember(e.Data);
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();
    }

    private async Task<bool> ListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in new[] { _blobPort, _queuePort, _tablePort })
        {
            while (true)
            {
                if (_azurite!.HasExited) return false;
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
        return true;
    }

    private static string Executable([CallerFilePath] string source = "")
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        // Test binaries may be built outside the checkout (--artifacts-path), so this file's folder is searched too.
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate)) return candidate;
                if (File.Exists(Path.Combine(dir.FullName, "UKSPF.sln"))) break;
            }
        throw new InvalidOperationException($"Azurite is not installed (no node_modules/.bin/{name} at the repository root): run `npm ci` there.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log) _log.Add(line);
    }

    private string[] Log()
    {
        lock (_log) return [.. _log.TakeLast(20)];
    }
}
