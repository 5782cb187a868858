using Microsoft.Extensions.Logging;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// A leased claim blob: while this host renews the lease no other host can claim the same work; if this host dies
/// the lease runs out and another host takes the work over. <see cref="Lost"/> fires if a renewal fails.
/// </summary>
internal sealed class Claim : IAsyncDisposable
{
    private readonly IBlobStore blobs;
    private readonly string container;
    private readonly string name;
    private readonly string leaseId;
    private readonly ILogger logger;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stopRenewing = new();
    private readonly Task renewal;
    private bool released;

    public Claim(IBlobStore blobs, string container, string name, string leaseId, TimeSpan duration, ILogger logger)
    {
        this.blobs = blobs;
        this.container = container;
        this.name = name;
        this.leaseId = leaseId;
        this.logger = logger;
        renewal = RenewAsync(duration / 3);
    }

    /// <summary>Cancelled when the lease could not be renewed: another host may now take the work.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>Releases the lease and, when the work is finished, removes the claim blob.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopRenewing.CancelAsync();
        await renewal;
        if (!released)
        {
            try
            {
                await blobs.ReleaseLeaseAsync(container, name, leaseId, CancellationToken.None);
            }
            catch (StorageException e)
            {
                logger.LogDebug("Releasing the claim {Claim} failed: {Reason}", name, e.Message);
            }
        }

        lost.Dispose();
        stopRenewing.Dispose();
    }

    /// <summary>Removes the claim blob once its receipt exists; another host holding it by then keeps it.</summary>
    public async Task RemoveAsync()
    {
        await stopRenewing.CancelAsync();
        await renewal;
        try
        {
            await blobs.ReleaseLeaseAsync(container, name, leaseId, CancellationToken.None);
            released = true;
            await blobs.DeleteAsync(container, name, cancellationToken: CancellationToken.None);
        }
        catch (StorageException e)
        {
            logger.LogDebug("Removing the claim {Claim} failed: {Reason}", name, e.Message);
        }
    }

    private async Task RenewAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stopRenewing.Token))
            {
                if (!await TryRenewAsync())
                {
                    logger.LogWarning("Lost the claim {Claim}; another host may take the work over", name);
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by the owner.
        }
    }

    private async Task<bool> TryRenewAsync()
    {
        try
        {
            return await blobs.RenewLeaseAsync(container, name, leaseId, stopRenewing.Token);
        }
        catch (StorageException)
        {
            return false;
        }
    }
}
