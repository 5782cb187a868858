using System.Text;
using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Ukspf.Functions.LocalHost;
using Ukspf.Functions.Tests.Hosting;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;

namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>
/// One store shared by the real handler and any number of trigger hosts, a recorder between hosts and handler,
/// and a clock the test moves for schedules and lease expiry.
/// </summary>
internal sealed class HostScenario : IAsyncDisposable
{
    public const string Round = "2025-26-Q2";
    private const string Inbox = "returns-inbox";

    private readonly List<RunningHost> hosts = [];
    private readonly LocalStore? localStore;
    private readonly string? folder;

    private HostScenario(IBlobStore blobs, ITableStore tables, RunningHandler handler, ManualClock clock, LocalStore? localStore, string? folder)
    {
        Blobs = blobs;
        Tables = tables;
        Handler = handler;
        Clock = clock;
        this.localStore = localStore;
        this.folder = folder;
    }

    public IBlobStore Blobs { get; }

    public ITableStore Tables { get; }

    public RunningHandler Handler { get; }

    public ManualClock Clock { get; }

    public RecordingHttpHandler Recorder { get; } = new();

    /// <summary>An embedded store in a temporary folder, its leases on the scenario's clock.</summary>
    public static async Task<HostScenario> LocalAsync(DateTimeOffset? now = null)
    {
        var clock = new ManualClock(now ?? new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero));
        var folder = Directory.CreateTempSubdirectory("ukspf-hosts-").FullName;
        var store = LocalStore.Open(folder, clock);
        return new HostScenario(store.Blobs, store.Tables, await RunningHandler.StartAsync(store.Blobs, store.Tables), clock, store, folder);
    }

    /// <summary>Any other store (Azurite), whose leases follow real time.</summary>
    public static async Task<HostScenario> OnAsync(IBlobStore blobs, ITableStore tables, DateTimeOffset now) =>
        new(blobs, tables, await RunningHandler.StartAsync(blobs, tables), new ManualClock(now), null, null);

    public LocalTriggerHostOptions Options(Uri? handlerAddress = null) => new()
    {
        HandlerAddress = handlerAddress ?? Handler.BaseAddress,
        PollInterval = TimeSpan.FromMilliseconds(50),
        MaxParallelBlobs = 3,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        LeaseDuration = TimeSpan.FromSeconds(15),
        ShutdownTimeout = TimeSpan.FromSeconds(30),
        Clock = Clock,
        Settings = name => name == AppSettingNames.ReconcileSchedule ? "0 0 2 * * *" : null,
    };

    public RunningHost StartHost(LocalTriggerHostOptions? options = null)
    {
        var host = RunningHost.Start(Blobs, options ?? Options(), Recorder);
        hosts.Add(host);
        return host;
    }

    /// <summary>Uploads <paramref name="count"/> distinct files that are not workbooks: each becomes a rejected submission.</summary>
    public async Task<IReadOnlyList<string>> UploadAsync(int count, string prefix = "return")
    {
        await Blobs.CreateContainerIfNotExistsAsync(Inbox);
        var names = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{Round}/adur/{prefix}-{i:D3}.xlsx";
            await UploadAsync(name, $"{prefix} {i}: minutes of a meeting, not a return");
            names.Add(name);
        }

        return names;
    }

    public async Task<BlobProperties> UploadAsync(string name, string content)
    {
        await Blobs.CreateContainerIfNotExistsAsync(Inbox);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        return await Blobs.UploadAsync(Inbox, name, stream);
    }

    public async Task<List<BlobProperties>> ListAsync(string container, string prefix)
    {
        var found = new List<BlobProperties>();
        await Blobs.CreateContainerIfNotExistsAsync(container);
        await foreach (var blob in Blobs.ListAsync(container, prefix))
        {
            found.Add(blob);
        }

        return found;
    }

    public Task<List<BlobProperties>> BlobReceiptsAsync() =>
        ListAsync(HostContainers.Receipts, ReceiptNames.Receipt(ReceiptNames.BlobKeyPrefix(FunctionNames.IngestReturn)));

    public async Task<int> SubmissionCountAsync()
    {
        var answer = await Handler.InvokeOkAsync(FunctionNames.ListSubmissions,
            InvocationPayloads.Http("GET", $"rounds/{Round}/submissions", new Dictionary<string, string> { ["round"] = Round }));
        using var list = JsonDocument.Parse(answer.GetProperty("Outputs").GetProperty("res").GetProperty("body").GetString()!);
        return list.RootElement.GetArrayLength();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in hosts)
        {
            await host.DisposeAsync();
        }

        await Handler.DisposeAsync();
        Recorder.Dispose();
        localStore?.Dispose();
        if (folder is not null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
