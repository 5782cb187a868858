using Microsoft.Extensions.DependencyInjection;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Sheets;
using Ukspf.Workbooks.Filling;

namespace Ukspf.Application.Tests.Pipeline;

/// <summary>
/// The pipeline on an embedded store of its own in a temporary folder, on a clock the test controls: allocations
/// loaded for three councils and round 2025-26-Q3 opened, so a test can fill a council's template and ingest it.
/// Disposing it deletes the folder.
/// </summary>
internal sealed class PipelineHarness : IDisposable
{
    public const string RoundText = "2025-26-Q3";

    private readonly ServiceProvider _services;
    private readonly LocalStore _store;

    private PipelineHarness(string folder, PipelineOptions options, Func<ITableStore, ITableStore>? tables, Action<IServiceCollection>? services)
    {
        Folder = folder;
        _store = LocalStore.Open(Path.Combine(folder, "store"), Clock);
        var store = tables?.Invoke(_store.Tables) ?? _store.Tables;
        var collection = new ServiceCollection();
        services?.Invoke(collection);
        _services = collection.AddUkspfPipeline(_store.Blobs, store, Clock, options).BuildServiceProvider();
    }

    public static RoundId Round { get; } = RoundId.Parse(RoundText);

    public static DateOnly Deadline { get; } = new(2026, 1, 30);

    public static Council Adur { get; } = CouncilRegister.Default.Find("E07000223")!;

    public static Council Arun { get; } = CouncilRegister.Default.Find("E07000224")!;

    public static Council Ashford { get; } = CouncilRegister.Default.Find("E07000105")!;

    public static IReadOnlyList<Council> Councils { get; } = [Adur, Arun, Ashford];

    public string Folder { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 12, 9, 30, 0, TimeSpan.Zero));

    public Storage.Blobs.IBlobStore Blobs => _store.Blobs;

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>
    /// A harness with allocations for <see cref="Councils"/> and <see cref="Round"/> open; <paramref name="tables"/>
    /// may wrap the table store the pipeline uses (to make some writes fail); <paramref name="services"/> may register
    /// what the pipeline should use in place of its defaults (Notify settings, say).
    /// </summary>
    public static async Task<PipelineHarness> StartAsync(PipelineOptions? options = null, Func<ITableStore, ITableStore>? tables = null, Action<IServiceCollection>? services = null)
    {
        var harness = new PipelineHarness(Directory.CreateTempSubdirectory("ukspf-pipeline-").FullName, options ?? new PipelineOptions(), tables, services);
        try
        {
            var csv = new AllocationsCsv().For(Adur.Code, 100_000m, 200_000m).For(Arun.Code, 150_000m, 250_000m).For(Ashford.Code, 80_000m, 120_000m);
            await harness.Get<ImportAllocations>().RunAsync(csv.ToStream(), "allocations.csv");
            await harness.Get<OpenRound>().RunAsync(RoundText, Deadline);
            return harness;
        }
        catch
        {
            harness.Dispose();
            throw;
        }
    }

    public CouncilReturn ValidReturnOf(Council council) => ValidReturn.For(council, Round);

    /// <summary>The council's template for the round, as opening the round wrote it.</summary>
    public async Task<byte[]> TemplateAsync(string lla, string round = RoundText) =>
        await BlobAsync(StorageNames.TemplatesContainer, $"{round}/{lla}.xlsx") ?? throw new InvalidOperationException($"No template for {lla} in {round}.");

    /// <summary>
    /// Fills <paramref name="templateOf"/>'s template (by default the return's own council's) for the return's round
    /// with the return.
    /// </summary>
    public async Task<byte[]> FillAsync(CouncilReturn ret, IReadOnlyList<CellEdit>? edits = null, string? templateOf = null)
    {
        var template = await TemplateAsync(templateOf ?? ret.Metadata.LlaCode, ret.Metadata.Round);
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(template), ret, output, edits);
        return output.ToArray();
    }

    /// <summary>
    /// Ingests an upload of <paramref name="bytes"/> as returns-inbox/{round}/{lla}/{fileName}, received when
    /// <paramref name="receivedAt"/> says (by default, when it is processed).
    /// </summary>
    public Task<IngestResult> IngestAsync(string lla, string fileName, byte[] bytes, string round = RoundText, DateTimeOffset? receivedAt = null, string? uploadedBy = null) =>
        Get<IngestReturn>().RunAsync(new InboxBlob(round, lla, fileName, ReceivedAt: receivedAt, UploadedBy: uploadedBy), new MemoryStream(bytes));

    /// <summary>The "Result" a feedback workbook gives (Accepted, Rejected, ...), or null when there is no such workbook.</summary>
    public async Task<string?> FeedbackResultAsync(string feedbackBlob) =>
        await BlobAsync(StorageNames.FeedbackContainer, feedbackBlob) is { } feedback
            ? SheetRows.Read(feedback, "Feedback").Single(r => r.GetValueOrDefault("A") == "Result")["B"]
            : null;

    public async Task<IReadOnlyList<SubmissionRecord>> SubmissionsAsync(string lla) =>
        (await Get<SubmissionRepository>().ListRoundAsync(Round)).Where(s => s.Summary.LlaCode == lla).ToList();

    public async Task<byte[]?> BlobAsync(string container, string name)
    {
        await using var download = await _store.Blobs.DownloadAsync(container, name);
        if (download is null) return null;
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory);
        return memory.ToArray();
    }

    public void Dispose()
    {
        _services.Dispose();
        _store.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
