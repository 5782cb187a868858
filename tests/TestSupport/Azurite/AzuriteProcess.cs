using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ukspf.Testing.Azurite;

/// <summary>
/// One Azurite emulator of its own: the repository's pinned npm package, run with in-memory persistence on free
/// loopback ports, answering before <see cref="StartAsync"/> returns. Disposing it kills the process tree by its
/// id and deletes its working folder. Tests that need a fresh, empty storage account start one each; tests that
/// can share one use <see cref="AzuriteFixture"/>.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's published development account key; it opens nothing but a local emulator.</summary>
    public const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The emulator's one account.</summary>
    public const string AccountName = "devstoreaccount1";

    private const int Attempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _workDirectory;
    private readonly AzuriteOutput _output;

    private AzuriteProcess(Process process, string workDirectory, AzuriteOutput output, AzuritePorts ports)
    {
        _process = process;
        _workDirectory = workDirectory;
        _output = output;
        Ports = ports;
    }

    /// <summary>The loopback ports the blob, queue and table services listen on.</summary>
    public AzuritePorts Ports { get; }

    /// <summary>A connection string for <see cref="AccountName"/> with path-style endpoints on this emulator.</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{Ports.Blob}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{Ports.Queue}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{Ports.Table}/{AccountName};";

    /// <summary>Starts an emulator and waits until all three services answer.</summary>
    /// <exception cref="InvalidOperationException">Node.js or Azurite is missing, or Azurite would not start.</exception>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var executable = AzuriteExecutable.Find();
        // A port found free can be taken by another process before Azurite binds it: then try fresh ports.
        for (var attempt = 1; ; attempt++)
        {
            var azurite = Launch(executable, AzuritePorts.Free());
            try
            {
                await azurite.WaitUntilListeningAsync();
                return azurite;
            }
            catch (AzuriteExitedException) when (attempt < Attempts)
            {
                await azurite.DisposeAsync();
            }
            catch
            {
                await azurite.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Kills the emulator's process tree and deletes its working folder.</summary>
    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
        Directory.Delete(_workDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static AzuriteProcess Launch(string executable, AzuritePorts ports)
    {
        var workDirectory = Directory.CreateTempSubdirectory("ukspf-azurite-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDirectory,
        };
        string[] arguments =
        [
            "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{ports.Blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{ports.Queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{ports.Table}",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Directory.Delete(workDirectory, recursive: true);
            throw new InvalidOperationException(
                $"Could not run {executable} ({e.Message}). Install Node.js 20 or later and run `npm ci` at the repository root.", e);
        }

        return new AzuriteProcess(process, workDirectory, AzuriteOutput.Capture(process), ports);
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        foreach (var port in new[] { Ports.Blob, Ports.Queue, Ports.Table })
        {
            while (!await AnswersAsync(port))
            {
                if (_process.HasExited)
                {
                    throw new AzuriteExitedException($"Azurite exited with code {_process.ExitCode}: {_output.Tail()}");
                }

                if (clock.Elapsed > StartTimeout)
                {
                    throw new InvalidOperationException($"Azurite did not answer on port {port} within {StartTimeout.TotalSeconds} s: {_output.Tail()}");
                }

                await Task.Delay(100);
            }
        }
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

    private sealed class AzuriteExitedException(string message) : InvalidOperationException(message);
}
