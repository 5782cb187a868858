using Microsoft.Extensions.Logging;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Receipts and claims in <see cref="HostContainers.Receipts"/> (layout in <see cref="ReceiptNames"/>). The claim
/// is leased while a host works; the receipt is created with If-None-Match: * when the work is done, so each unit
/// completes once however many hosts run.
/// </summary>
internal sealed class ReceiptStore(IBlobStore blobs, string hostId, TimeProvider clock, ILogger logger)
{
    /// <summary>The keys under <paramref name="prefix"/> that have a receipt.</summary>
    public async Task<HashSet<string>> DoneKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var receipt in blobs.ListAsync(HostContainers.Receipts, ReceiptNames.Receipt(prefix), cancellationToken))
        {
            done.Add(receipt.Name[ReceiptNames.ReceiptPrefix.Length..]);
        }

        return done;
    }

    public async Task<bool> IsDoneAsync(string key, CancellationToken cancellationToken) =>
        await blobs.GetPropertiesAsync(HostContainers.Receipts, ReceiptNames.Receipt(key), cancellationToken) is not null;

    /// <summary>Claims the work, or returns null when another host holds it.</summary>
    public async Task<Claim?> TryClaimAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        var name = ReceiptNames.Claim(key);
        var leaseId = await blobs.TryAcquireLeaseAsync(HostContainers.Receipts, name, duration, cancellationToken);
        return leaseId is null ? null : new Claim(blobs, HostContainers.Receipts, name, leaseId, duration, logger);
    }

    /// <summary>Writes the receipt; a receipt another host wrote first is kept.</summary>
    public async Task CompleteAsync(string key, string outcome, int attempts)
    {
        var metadata = new Dictionary<string, string>
        {
            ["outcome"] = outcome,
            ["attempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["host"] = hostId,
            ["completed"] = clock.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        try
        {
            await blobs.UploadAsync(HostContainers.Receipts, ReceiptNames.Receipt(key), Stream.Null,
                new BlobUploadOptions { Metadata = metadata, Conditions = BlobConditions.IfNoneMatchAny }, CancellationToken.None);
        }
        catch (StorageException e) when (e.IsConflict)
        {
            logger.LogDebug("The receipt {Key} was already written", key);
        }
    }
}
