using System.Globalization;
using Azure;
using Azure.Core;

namespace Ukspf.Storage.Azure;

public sealed partial class BlobClient
{
    /// <summary>
    /// Acquires a lease (15 to 60 seconds, or <see cref="Timeout.InfiniteTimeSpan"/>) and returns its id.
    /// </summary>
    /// <exception cref="RequestFailedException">409 LeaseAlreadyPresent when someone else holds it; 404 when the blob is missing.</exception>
    public async Task<Response<string>> AcquireLeaseAsync(TimeSpan duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var seconds = duration == Timeout.InfiniteTimeSpan ? -1 : (int)duration.TotalSeconds;
        using var message = LeaseMessage("acquire");
        message.Request.Headers.SetValue("x-ms-lease-duration", seconds.ToString(CultureInfo.InvariantCulture));
        if (proposedLeaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-proposed-lease-id", proposedLeaseId);
        }

        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return Response.FromValue(LeaseId(response), response);
    }

    /// <summary>Renews a lease this holder has, restarting its duration.</summary>
    /// <exception cref="RequestFailedException">409 when the lease was lost (expired and taken, or broken).</exception>
    public async Task<Response> RenewLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        using var message = LeaseMessage("renew", leaseId);
        return await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases a lease this holder has, so another can acquire it at once.</summary>
    public async Task<Response> ReleaseLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        using var message = LeaseMessage("release", leaseId);
        return await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Breaks the current lease, whoever holds it; with no <paramref name="breakPeriod"/> the lease's own rule applies
    /// (an infinite lease breaks at once). Returns the time until the blob can be leased again.
    /// </summary>
    public async Task<Response<TimeSpan>> BreakLeaseAsync(TimeSpan? breakPeriod = null, CancellationToken cancellationToken = default)
    {
        using var message = LeaseMessage("break");
        if (breakPeriod is { } period)
        {
            message.Request.Headers.SetValue("x-ms-lease-break-period", ((int)period.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }

        var response = await _rest.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var remaining = response.Headers.TryGetValue("x-ms-lease-time", out var value)
            ? TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture))
            : TimeSpan.Zero;
        return Response.FromValue(remaining, response);
    }

    private HttpMessage LeaseMessage(string action, string? leaseId = null)
    {
        var message = BlobMessage(RequestMethod.Put);
        message.Request.Uri.AppendQuery("comp", "lease");
        message.Request.Headers.SetValue("x-ms-lease-action", action);
        if (leaseId is not null)
        {
            message.Request.Headers.SetValue("x-ms-lease-id", leaseId);
        }

        return message;
    }

    private static string LeaseId(Response response) =>
        response.Headers.TryGetValue("x-ms-lease-id", out var id) ? id : throw new RequestFailedException(response.Status, "The lease response carried no lease id.");
}
