using Ukspf.Functions.LocalHost;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>A local trigger host running in the background until stopped.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    private RunningHost(LocalTriggerHost host)
    {
        Host = host;
        running = Task.Run(() => host.RunAsync(stop.Token));
    }

    public LocalTriggerHost Host { get; }

    public static RunningHost Start(IBlobStore blobs, LocalTriggerHostOptions options, HttpMessageHandler handler) =>
        new(new LocalTriggerHost(blobs, options, new HttpClient(handler, disposeHandler: false)));

    /// <summary>Waits until this host has finished <paramref name="count"/> more passes of both loops, so anything it would do, it has done.</summary>
    public async Task PassesAsync(int count = 2)
    {
        var (blobs, timers) = (Host.BlobPasses, Host.TimerPasses);
        await Eventually.WaitUntilAsync(
            () => running.IsFaulted ? throw running.Exception! : Host.BlobPasses >= blobs + count && Host.TimerPasses >= timers + count,
            $"{count} more passes of {Host.HostId}");
    }

    public async Task StopAsync()
    {
        await stop.CancelAsync();
        await running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!running.IsCompleted)
        {
            await StopAsync();
        }

        stop.Dispose();
    }
}
