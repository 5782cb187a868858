using Ukspf.Cli.Commands;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Application;
using Ukspf.Application.Ingest;
using Ukspf.Storage.Blobs;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Reading;

namespace Ukspf.Cli.Demo;

/// <summary>Plays a council for the demo: fills its template as its scenario says, saves the file, uploads it and has it ingested.</summary>
public sealed class DemoFiller(IBlobStore blobs, DemoReturnFactory factory, AllocationBook book, string uploadsFolder)
{
    /// <summary>Uploads what the scenario says; returns the ingest results in upload order (none for a missing return).</summary>
    public async Task<IReadOnlyList<IngestResult>> UploadAsync(Council council, Council neighbour, DemoScenario scenario, int seed,
        DemoClock clock, DateOnly deadline, IngestReturn ingest, CancellationToken ct)
    {
        if (scenario.Upload == DemoUpload.Missing) return [];
        var year = DemoRun.Round.Year;
        var valid = factory.Create(council, book.Amount(council.Code, year, SpendType.Capital), book.Amount(council.Code, year, SpendType.Revenue), seed);
        var first = scenario.Change?.Invoke(valid) ?? valid;
        var round = DemoRun.Round.ToString();
        switch (scenario.Upload)
        {
            case DemoUpload.Corrupt:
            {
                var bytes = await FillAsync(council, first, scenario, ct);
                var file = await SaveAsync(council.Code, $"{council.Code}-return.xlsx", bytes[..(bytes.Length / 2)]);
                return [await IngestAsync(round, council.Code, file, clock, ingest, ct)];
            }
            case DemoUpload.WrongCouncil:
            {
                var file = await SaveAsync(neighbour.Code, $"{council.Code}-return.xlsx", await FillAsync(council, first, scenario, ct));
                return [await IngestAsync(round, neighbour.Code, file, clock, ingest, ct)];
            }
            case DemoUpload.Late:
            {
                // Only this council is late: the clock goes back to the others' time afterwards.
                var now = clock.GetUtcNow();
                clock.Set(deadline.AddDays(4).ToDateTime(new TimeOnly(16, 45)));
                var late = await SaveAsync(council.Code, $"{council.Code}-return.xlsx", await FillAsync(council, first, scenario, ct));
                var result = await IngestAsync(round, council.Code, late, clock, ingest, ct);
                clock.Set(now);
                return [result];
            }
        }
        var results = new List<IngestResult>();
        var firstFile = await SaveAsync(council.Code, $"{council.Code}-return.xlsx", await FillAsync(council, first, scenario, ct));
        results.Add(await IngestAsync(round, council.Code, firstFile, clock, ingest, ct));
        if (scenario.Upload is DemoUpload.Resubmitted or DemoUpload.ResubmittedLower)
        {
            clock.Advance(TimeSpan.FromDays(2));
            var second = scenario.Upload == DemoUpload.Resubmitted
                ? valid with { Programme = valid.Programme with { Narrative = valid.Programme.Narrative + " Corrected project end dates." } }
                : DemoScenarios.Scale(valid, 0.5m);
            var secondFile = await SaveAsync(council.Code, $"{council.Code}-return-v2.xlsx", await FillAsync(council, second, scenario with { Edits = null }, ct));
            results.Add(await IngestAsync(round, council.Code, secondFile, clock, ingest, ct));
        }
        return results;
    }

    private async Task<byte[]> FillAsync(Council council, CouncilReturn ret, DemoScenario scenario, CancellationToken ct)
    {
        var template = await TemplateBytesAsync(council.Code, ct);
        var filled = Fill(template, ret, null);
        if (scenario.Edits is null) return filled;
        var content = new ReturnReader().Read(new MemoryStream(filled), "filled.xlsx");
        return Fill(template, ret, scenario.Edits(content));
    }

    private static byte[] Fill(byte[] template, CouncilReturn ret, IReadOnlyList<CellEdit>? edits)
    {
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(template), ret, output, edits);
        return output.ToArray();
    }

    private async Task<byte[]> TemplateBytesAsync(string lla, CancellationToken ct)
    {
        await using var download = await blobs.DownloadAsync(StorageNames.TemplatesContainer, $"{DemoRun.Round}/{lla}.xlsx", ct)
            ?? throw new InvalidOperationException($"No template was written for {lla}.");
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory, ct);
        return memory.ToArray();
    }

    private async Task<string> SaveAsync(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(uploadsFolder, folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    // Received at the demo's own time, not when the store stamped the blob: on Azurite that is today, after the deadline.
    private Task<IngestResult> IngestAsync(string round, string lla, string file, DemoClock clock, IngestReturn ingest, CancellationToken ct) =>
        IngestCommand.UploadAndIngestAsync(blobs, ingest, new InboxBlob(round, lla, Path.GetFileName(file), ReceivedAt: clock.GetUtcNow()), file, ct);
}
