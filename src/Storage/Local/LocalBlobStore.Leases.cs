namespace Ukspf.Storage.Local;

public sealed partial class LocalBlobStore
{
    private static readonly TimeSpan ShortestLease = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestLease = TimeSpan.FromSeconds(60);

    /// <inheritdoc />
    /// <remarks>As on Azure, <paramref name="duration"/> is 15 to 60 seconds, or <see cref="Timeout.InfiniteTimeSpan"/>.</remarks>
    public Task<string?> TryAcquireLeaseAsync(string container, string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        if (duration != Timeout.InfiniteTimeSpan && (duration < ShortestLease || duration > LongestLease))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts 15 to 60 seconds, or is infinite.");
        }

        return Completed.Run(() =>
        {
            var file = _paths.BlobFile(container, name);
            return _database.Write((connection, transaction) =>
            {
                RequireContainer(connection, transaction, container);
                var now = Now();
                var current = BlobRow.Find(connection, transaction, container, name);
                if (current is null)
                {
                    _paths.PrepareFolders(container, name, file);
                    File.WriteAllBytes(file, []);
                    current = new BlobRow(ETags.NewBlobETag(), 0, WholeSecondsNow(), DefaultContentType, BlobMetadata.Empty);
                }
                else if (current.IsLeasedAt(now))
                {
                    return null;
                }

                var leaseId = Guid.NewGuid().ToString("D");
                var durationTicks = duration == Timeout.InfiniteTimeSpan ? -1 : duration.Ticks;
                (current with { LeaseId = leaseId, LeaseExpires = Expiry(now, durationTicks), LeaseDuration = durationTicks })
                    .Save(connection, transaction, container, name);
                return leaseId;
            });
        }, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>As on Azure, a lease that ran out can still be renewed while nobody else has taken it.</remarks>
    public Task<bool> RenewLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            _paths.BlobFile(container, name);
            return _database.Write((connection, transaction) =>
            {
                var current = BlobRow.Find(connection, transaction, container, name);
                if (current?.LeaseId is null || current.LeaseId != leaseId)
                {
                    return false;
                }

                var durationTicks = current.LeaseDuration ?? -1;
                (current with { LeaseExpires = Expiry(Now(), durationTicks) }).Save(connection, transaction, container, name);
                return true;
            });
        }, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Releasing a lease this holder no longer has does nothing, so a newer holder keeps theirs.</remarks>
    public Task ReleaseLeaseAsync(string container, string name, string leaseId, CancellationToken cancellationToken = default) =>
        Completed.Run(() =>
        {
            _paths.BlobFile(container, name);
            _database.Write((connection, transaction) =>
            {
                var current = BlobRow.Find(connection, transaction, container, name);
                if (current?.LeaseId is not null && current.LeaseId == leaseId)
                {
                    (current with { LeaseId = null, LeaseExpires = null, LeaseDuration = null }).Save(connection, transaction, container, name);
                }

                return true;
            });
        }, cancellationToken);

    private static long Expiry(DateTimeOffset now, long durationTicks) =>
        durationTicks < 0 ? long.MaxValue : now.UtcTicks + durationTicks;
}
