using System.Diagnostics;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>What <c>ukspf serve</c> says when it cannot start, and how fast.</summary>
[Collection(ServeCollection.Name)]
public sealed class ServeStartupTests
{
    [Fact]
    public async Task Serve_with_an_unreachable_storage_endpoint_says_so_in_one_line_and_exits_with_1_within_seconds()
    {
        var port = AzuritePorts.Free().Blob;
        var nothingThere = $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.DevelopmentAccountKey};" +
                           $"BlobEndpoint=http://127.0.0.1:{port}/{AzuriteProcess.AccountName};QueueEndpoint=http://127.0.0.1:{port}/{AzuriteProcess.AccountName};" +
                           $"TableEndpoint=http://127.0.0.1:{port}/{AzuriteProcess.AccountName};";
        var clock = Stopwatch.StartNew();
        await using var serve = ServeProcess.Start("serve", ["--connection-string", nothingThere]);

        var exit = await serve.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal([$"Cannot reach Azure Storage at http://127.0.0.1:{port}/{AzuriteProcess.AccountName}: start Azurite (npm run azurite) or set AzureWebJobsStorage."],
            serve.Lines);
    }

    [Fact]
    public async Task Serve_with_no_connection_string_asks_for_one_rather_than_assuming_the_emulator()
    {
        await using var serve = ServeProcess.Start("serve", []);

        var exit = await serve.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(1, exit);
        var line = Assert.Single(serve.Lines);
        Assert.StartsWith("serve needs Azure Storage: give --connection-string or set AzureWebJobsStorage", line);
    }

    [Fact]
    public async Task Serve_with_a_schedule_that_is_not_ncrontab_names_the_schedule_and_exits_with_1()
    {
        await using var scenario = await ServeScenario.StartAsync();
        var serve = scenario.StartServe(environment: new Dictionary<string, string> { ["ReconcileSchedule"] = "every night at two" });

        var exit = await serve.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exit);
        Assert.Contains("Cannot start: Error indexing method 'ReconcileRound': The schedule expression 'every night at two' was not recognized", serve.Lines.Last());
        Assert.DoesNotContain(serve.Lines, l => l.StartsWith("Serving ", StringComparison.Ordinal));
    }
}
