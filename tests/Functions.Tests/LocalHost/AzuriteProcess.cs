using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>
/// An Azurite emulator of its own (the pinned npm package at the repository root), in memory on free loopback
/// ports: the store names are fixed, so each test that shares storage between hosts gets a fresh emulator.
/// Stopped by its process id.
/// </summary>
internal sealed class AzuriteProcess : IAsyncDisposable
{
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process process;
    private readonly string workDirectory;

    private AzuriteProcess(Process process, string workDirectory, int blobPort, int tablePort)
    {
        this.process = process;
        this.workDirectory = workDirectory;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevelopmentKey + ";"
            + $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync()
    {
        var executable = FindExecutable();
        var workDirectory = Directory.CreateTempSubdirectory("azurite-hosts-").FullName;
        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(executable) { UseShellExecute = false, WorkingDirectory = workDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--silent",
                     "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
                     "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
                     "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new AzuriteProcess(process, workDirectory, blobPort, tablePort);
        await azurite.WaitUntilListeningAsync(blobPort, tablePort);
        return azurite;
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
        Directory.Delete(workDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilListeningAsync(params int[] ports)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < giveUp)
                {
                    await Task.Delay(100);
                }
            }
        }
    }

    private static string FindExecutable([CallerFilePath] string sourceFile = "")
    {
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Azurite is not installed: no node_modules/.bin/{name}. Run `npm ci` at the repository root.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
