using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs.Extensions.Timers;
using Microsoft.Extensions.Logging.Abstractions;
using Ukspf.Cli.Serve;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>
/// <see cref="BlobScheduleMonitor"/> against Azurite: two hosts' monitors on one status blob, each with the copy it
/// last read. Each test uses a timer name of its own.
/// </summary>
public sealed class BlobScheduleMonitorTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTime Night1 = new(2026, 1, 1, 2, 0, 0, DateTimeKind.Local);

    [Fact]
    public async Task A_monitor_with_a_stale_copy_keeps_the_status_of_a_later_run()
    {
        var (first, second) = (Monitor(), Monitor());
        Assert.Null(await first.GetStatusAsync("later-run-kept"));
        Assert.Null(await second.GetStatusAsync("later-run-kept"));

        await first.UpdateStatusAsync("later-run-kept", RanAt(Night1.AddDays(1)));
        await second.UpdateStatusAsync("later-run-kept", RanAt(Night1));

        Assert.Equal(Night1.AddDays(1), (await Monitor().GetStatusAsync("later-run-kept"))!.Last);
    }

    [Fact]
    public async Task A_monitor_with_a_stale_copy_records_its_own_later_run()
    {
        var (first, second) = (Monitor(), Monitor());
        Assert.Null(await first.GetStatusAsync("own-later-run"));
        Assert.Null(await second.GetStatusAsync("own-later-run"));

        await first.UpdateStatusAsync("own-later-run", RanAt(Night1));
        await second.UpdateStatusAsync("own-later-run", RanAt(Night1.AddDays(1)));

        var stored = (await Monitor().GetStatusAsync("own-later-run"))!;
        Assert.Equal((Night1.AddDays(1), Night1.AddDays(2)), (stored.Last, stored.Next));
    }

    [Fact]
    public async Task The_status_is_kept_under_the_host_id_where_the_Functions_host_keeps_it()
    {
        await Monitor("some-host").UpdateStatusAsync("where-kept", RanAt(Night1));

        var blob = Hosts().GetBlobClient("timers/some-host/where-kept/status");
        Assert.True(await blob.ExistsAsync());
        Assert.Null(await Monitor("another-host").GetStatusAsync("where-kept"));
    }

    private static ScheduleStatus RanAt(DateTime run) => new() { Last = run, Next = run.AddDays(1), LastUpdated = run };

    private BlobScheduleMonitor Monitor(string hostId = "ukspf-local") => new(Hosts(), hostId, NullLogger<BlobScheduleMonitor>.Instance);

    private BlobContainerClient Hosts() => new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(BlobScheduleMonitor.HostsContainer);
}
