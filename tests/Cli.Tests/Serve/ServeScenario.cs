using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Cli.Demo;
using Ukspf.Cli.Tests.Commands;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Testing.Azurite;
using Ukspf.Workbooks.Filling;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>
/// An Azurite of the test's own with a round open (allocations imported, templates written, through the use cases),
/// real returns filled in from the council templates, and the <c>ukspf serve</c> processes started on it.
/// </summary>
internal sealed class ServeScenario : IAsyncDisposable
{
    public const string Round = "2025-26-Q3";
    public const string HostId = "ukspf-local";
    public const string PoisonQueue = "webjobs-blobtrigger-poison";
    public static readonly string TriggerQueue = $"azure-webjobs-blobtrigger-{HostId}";

    private static readonly Dictionary<string, (decimal Capital, decimal Revenue)> Allocations = new()
    {
        ["adur"] = (100_000m, 200_000m),
        ["arun"] = (150_000m, 250_000m),
        ["ashford"] = (80_000m, 120_000m),
    };

    private readonly AzuriteProcess _azurite;
    private readonly Pipeline _pipeline;
    private readonly List<ServeProcess> _hosts = [];
    private readonly Dictionary<string, byte[]> _templates = [];

    private ServeScenario(AzuriteProcess azurite)
    {
        _azurite = azurite;
        _pipeline = Pipeline.OpenAzure(azurite.ConnectionString);
        Blobs = new BlobServiceClient(azurite.ConnectionString);
        Queues = new QueueServiceClient(azurite.ConnectionString);
    }

    public static IReadOnlyList<string> Councils => [.. Allocations.Keys];

    public string ConnectionString => _azurite.ConnectionString;

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    /// <summary>A fresh emulator with <see cref="Round"/> open for the three councils, or with nothing in it at all.</summary>
    public static async Task<ServeScenario> StartAsync(bool openRound = true)
    {
        var scenario = new ServeScenario(await AzuriteProcess.StartAsync());
        if (!openRound) return scenario;
        var csv = new AllocationsCsv();
        foreach (var (lla, (capital, revenue)) in Allocations) csv.For(lla, capital, revenue);
        await using (var allocations = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())))
            await scenario._pipeline.Get<ImportAllocations>().RunAsync(allocations, "allocations.csv");
        await scenario._pipeline.Get<OpenRound>().RunAsync(Round, new DateOnly(2026, 1, 30));
        return scenario;
    }

    /// <summary>Starts <c>ukspf serve</c> on this emulator.</summary>
    public ServeProcess StartServe(string name = "serve", IReadOnlyDictionary<string, string>? environment = null, params string[] arguments)
    {
        var host = ServeProcess.Start(name, ["--connection-string", ConnectionString, .. arguments], environment);
        _hosts.Add(host);
        return host;
    }

    /// <summary>A return the council fills in from its template as the demo's councils do: valid, and different for each seed.</summary>
    public async Task<byte[]> ValidReturnAsync(string lla, int seed)
    {
        var id = RoundId.Parse(Round);
        var factory = new DemoReturnFactory(Catalogue.Default, new Round(id, new DateOnly(2026, 1, 30), IsOpen: true, FundingPeriod.For(id.Year)));
        var (capital, revenue) = Allocations[lla];
        var ret = factory.Create(CouncilRegister.Default.Find(lla)!, capital, revenue, seed);
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(await TemplateAsync(lla)), ret, output);
        return output.ToArray();
    }

    /// <summary>Puts <paramref name="content"/> into the inbox, as a council's upload does.</summary>
    public async Task<Upload> UploadAsync(string lla, string name, byte[] content)
    {
        var blob = Blobs.GetBlobContainerClient(StorageNames.InboxContainer).GetBlobClient($"{Round}/{lla}/{name}");
        var written = await blob.UploadAsync(new BinaryData(content), overwrite: true);
        return new Upload(Round, lla, name, SubmissionIdOf(content), written.Value.ETag.ToString());
    }

    /// <summary>The id IngestReturn gives an upload: the first 20 hex digits of its SHA-256.</summary>
    public static string SubmissionIdOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..20];

    public async Task<IReadOnlyList<SubmissionSummary>> SubmissionsAsync() => await _pipeline.Get<ListSubmissions>().RunAsync(Round);

    public BlobContainerClient Container(string name) => Blobs.GetBlobContainerClient(name);

    /// <summary>Messages on a queue, visible or not (Azure Storage's approximate count; exact on the emulator).</summary>
    public async Task<int> MessageCountAsync(string queue)
    {
        var client = Queues.GetQueueClient(queue);
        return await client.ExistsAsync() ? (await client.GetPropertiesAsync()).Value.ApproximateMessagesCount : 0;
    }

    public string Output() => string.Join(Environment.NewLine, _hosts.Select(h => h.ToString()));

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        _pipeline.Dispose();
        await _azurite.DisposeAsync();
    }

    private async Task<byte[]> TemplateAsync(string lla)
    {
        if (_templates.TryGetValue(lla, out var cached)) return cached;
        var download = await Container(StorageNames.TemplatesContainer).GetBlobClient($"{Round}/{CouncilRegister.Default.KeyOf(lla)}.xlsx").DownloadContentAsync();
        return _templates[lla] = download.Value.Content.ToArray();
    }
}
