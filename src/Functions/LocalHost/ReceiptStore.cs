using Microsoft.Extensions.Logging;
using Ukspf.Storage;
using Ukspf.Storage.Blobs;

namespace Ukspf.Functions.LocalHost;

/// <summary>
/// Receipts and claims in <see cref="HostContainers.Receipts"/>. A unit of work (one blob version, one timer
/// occurrence) has a key; <c>claims/{key}</c> is leased while a host works on it and <c>receipts/{key}</c> is
/// created (If-None-Match: *) when it is done, so each unit completes once however many hosts run.
/// </summary>
internal sealed class ReceiptStore(IBlobStore blobs, string hostId, TimeProvider clock, ILogger logger)
{
    private const string ReceiptPrefix = "receipts/";
    private const string ClaimPrefix = "claims/";

    /// <summary>The keys under <paramref name="prefix"/> that have a receipt.</summary>
    public async Task<HashSet<string>> DoneKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var receipt in blobs.ListAsync(HostContainers.Receipts, ReceiptPrefix + prefix, cancellationToken))
        {
            done.Add(receipt.Name[ReceiptPrefix.Length..]);
        }

        return done;
    }

    public async Task<bool> IsDoneAsync(string key, CancellationToken cancellationToken) =>
        await blobs.GetPropertiesAsync(HostContainers.Receipts, ReceiptPrefix + key, cancellationToken) is not null;

    /// <summary>Claims the work, or returns null when another host holds it.</summary>
    public async Task<Claim?> TryClaimAsync(string key, TimeSpan duration, CancellationToken cancellationToken)
    {
        var name = ClaimPrefix + key;
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
            await blobs.UploadAsync(HostContainers.Receipts, ReceiptPrefix + key, Stream.Null,
                new BlobUploadOptions { Metadata = metadata, Conditions = BlobConditions.IfNoneMatchAny }, CancellationToken.None);
        }
        catch (StorageException e) when (e.IsConflict)
        {
            logger.LogDebug("The receipt {Key} was already written", key);
        }
    }
}
