using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;
using Ukspf.Application;
using Ukspf.Application.Access;
using Ukspf.Application.Allocations;
using Ukspf.Application.Ingest;
using Ukspf.Application.Reconcile;
using Ukspf.Application.Rounds;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Cli.Demo;

/// <summary>
/// Runs a whole reporting round on the embedded store: allocations in, round opened and templates written, every
/// council's return filled and uploaded (a few with realistic mistakes), each ingested, the round reconciled and the
/// consolidated workbook published. Everything the demo writes stays under one folder.
/// </summary>
/// <param name="folder">Where uploads, outputs and (for the embedded store) the store go.</param>
/// <param name="openStore">Opens the storage to run on; by default the embedded store in <paramref name="folder"/>/store.</param>
public sealed class DemoRun(string folder, Func<TimeProvider, Pipeline>? openStore = null)
{
    /// <summary>The round the demo reports on.</summary>
    public static RoundId Round { get; } = RoundId.Parse("2025-26-Q3");

    private static readonly DateOnly Deadline = new(2026, 1, 30);

    /// <summary>The fund manager the demo puts on the portal's access list.</summary>
    public const string FundManagerEmail = "fund.manager@ukspf.example.gov.uk";

    // The councils (by their place in the cast) whose officers the demo puts on the access list: one whose return
    // was rejected, one that sent nothing, and one whose return was accepted.
    private static readonly int[] OfficerCast = [1, 14, 15];

    /// <summary>The users the last run put on the portal's access list, fund manager first.</summary>
    public IReadOnlyList<AccessEntry> PortalUsers { get; private set; } = [];

    /// <summary>Runs the demo, reporting each step to <paramref name="progress"/>.</summary>
    public async Task<DemoSummary> RunAsync(IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var storeFolder = Path.Combine(folder, "store");
        var uploads = Path.Combine(folder, "uploads");
        var output = Path.Combine(folder, "output");
        foreach (var d in new[] { storeFolder, uploads, output }) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);

        var clock = new DemoClock(new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero));
        using var pipeline = openStore?.Invoke(clock) ?? Pipeline.OpenLocal(storeFolder, clock);
        var councils = pipeline.Get<CouncilRegister>();

        progress?.Report("Importing allocations from the published sample");
        await using (var sample = DemoAllocations.OpenSample())
            await pipeline.Get<ImportAllocations>().RunAsync(sample, "allocations-sample.csv", ct);
        var allocations = pipeline.Get<AllocationRepository>();
        var book = await allocations.LoadAsync(ct);
        await allocations.SaveAsync(DemoAllocations.StandIns(book, councils, Round.Year, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), ct);
        book = await allocations.LoadAsync(ct);

        progress?.Report($"Opening round {Round} and writing council templates");
        var opened = await pipeline.Get<OpenRound>().RunAsync(Round.ToString(), Deadline, ct);
        var round = (await pipeline.Get<RoundRepository>().GetAsync(Round, ct))!;

        var factory = new DemoReturnFactory(Domain.Catalogue.Catalogue.Default, round);
        var order = DemoAllocations.SampleOrder(councils);
        var cast = opened.Templates.Select(t => councils.Find(Path.GetFileNameWithoutExtension(t))!)
            .OrderBy(c => order.GetValueOrDefault(c.Code, c.Slug), StringComparer.Ordinal).ToList();
        var ingest = pipeline.Get<IngestReturn>();
        var outcomes = new List<DemoOutcome>();
        var filler = new DemoFiller(pipeline.Blobs, factory, book, uploads);
        for (var i = 0; i < cast.Count; i++)
        {
            var council = cast[i];
            var scenario = i < DemoScenarios.Special.Count ? DemoScenarios.Special[i] : DemoScenarios.Valid;
            progress?.Report($"{council.Name}: {scenario.Name}");
            clock.Advance(TimeSpan.FromMinutes(37));
            var results = await filler.UploadAsync(council, cast[(i + 1) % cast.Count], scenario, i, clock, Deadline, ingest, ct);
            var last = results.LastOrDefault();
            string? feedback = last is null ? null
                : await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.FeedbackContainer, last.FeedbackBlob, Path.Combine(output, "feedback"), ct);
            outcomes.Add(new DemoOutcome(council.Code, council.Name, scenario.Name, last?.Status,
                last?.Findings.Count(f => f.Severity == Severity.Error) ?? 0, last?.Findings.Count(f => f.Severity == Severity.Warning) ?? 0, last?.Reason, feedback));
        }

        progress?.Report("Adding the demo's users to the portal's access list");
        PortalUsers = await SeedPortalUsersAsync(pipeline.Get<ManageAccess>(), cast, ct);

        progress?.Report("Reconciling and publishing the consolidated return");
        clock.Set(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
        var reconciled = await pipeline.Get<ReconcileRound>().RunAsync(Round.ToString(), ct);
        var published = await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, reconciled.LatestBlob, output, ct);
        var grants = await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, reconciled.GrantsBlob, output, ct);
        await BlobExport.ToFileAsync(pipeline.Blobs, StorageNames.PublishedContainer, reconciled.GrantsJsonBlob, output, ct);
        return new DemoSummary(Round.ToString(), outcomes, published, grants, pipeline.Description, reconciled.Report);
    }

    private static async Task<IReadOnlyList<AccessEntry>> SeedPortalUsersAsync(ManageAccess access, IReadOnlyList<Council> cast, CancellationToken ct)
    {
        var requests = new List<AccessRequest> { new(FundManagerEmail, "Fund manager (demo)", FundManager: true, Submitter: false, Councils: null) };
        requests.AddRange(OfficerCast.Where(i => i < cast.Count).Select(i => cast[i])
            .Select(c => new AccessRequest($"officer@{c.Slug}.example.gov.uk", $"{c.Name} officer (demo)", FundManager: false, Submitter: true, Councils: c.Code)));
        foreach (var request in requests)
            if (await access.SaveAsync(request, ct) is { Count: > 0 } problems)
                throw new InvalidOperationException($"The demo could not add {request.Email} to the access list: {problems[0].Message}");
        var users = new List<AccessEntry>();
        foreach (var request in requests) users.Add((await access.FindAsync(request.Email!, ct))!);
        return users;
    }
}
