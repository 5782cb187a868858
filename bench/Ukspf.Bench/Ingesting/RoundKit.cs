using System.Diagnostics;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Allocations;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;

namespace Ukspf.Bench.Ingesting;

/// <summary>
/// What a round's ingestion starts from: a store with allocations loaded and the round opened (a template written for
/// every council), and each council's return, filled in from its own template, in a folder as the councils would upload them.
/// </summary>
public sealed record RoundKit(string StoreFolder, string ReturnsFolder, int Councils, double OpenRoundSeconds, long ReturnBytes, int Lines)
{
    /// <summary>A council return of realistic size: 8 to 40 projects, two outputs and an outcome each.</summary>
    public static ReturnShape ShapeOf(int index) => new(8 + index * 7 % 33, 2, 1);

    /// <summary>The council code of a return file.</summary>
    public static string CouncilOf(string file) => Path.GetFileNameWithoutExtension(file).Split('-', 2)[1];

    public static async Task<RoundKit> CreateAsync(string folder, int count, Action<string> log)
    {
        var storeFolder = Path.Combine(folder, "store");
        var returnsFolder = Path.Combine(folder, "returns");
        Directory.CreateDirectory(returnsFolder);
        var councils = BenchCouncils.Create(count);
        double openSeconds;
        long bytes = 0;
        var lines = 0;
        using (var bench = BenchStore.Open(storeFolder, councils.Register, FixedClock.AtReceipt))
        {
            await bench.Get<StorageSetup>().EnsureAsync();
            await bench.Get<AllocationRepository>().SaveAsync(councils.Allocations([BenchRound.Id.Year], BenchRound.Received));
            log($"w2: opening the round: {count} templates");
            var watch = Stopwatch.StartNew();
            await bench.Get<OpenRound>().RunAsync(BenchRound.Id.ToString(), BenchRound.Deadline);
            openSeconds = watch.Elapsed.TotalSeconds;

            log($"w2: filling {count} returns");
            var builder = new ReturnBuilder(Domain.Catalogue.Catalogue.Default);
            for (var i = 0; i < count; i++)
            {
                var council = councils.Councils[i];
                var (capital, revenue) = BenchCouncils.Amounts(i);
                var template = await TemplateAsync(bench, council.Code);
                var ret = builder.Build(council, BenchRound.Id, capital, revenue, ShapeOf(i), seed: i);
                lines += ret.Projects.Count + ret.Spend.Count + ret.Outputs.Count + ret.Outcomes.Count;
                var file = ReturnFiles.Fill(template, ret);
                bytes += file.LongLength;
                await File.WriteAllBytesAsync(Path.Combine(returnsFolder, $"{i:000}-{council.Code}.xlsx"), file);
            }
        }
        return new RoundKit(storeFolder, returnsFolder, count, openSeconds, bytes, lines);
    }

    private static async Task<byte[]> TemplateAsync(BenchStore bench, string lla)
    {
        await using var download = await bench.Blobs.DownloadAsync(StorageNames.TemplatesContainer, $"{BenchRound.Id}/{lla}.xlsx")
            ?? throw new InvalidOperationException($"OpenRound wrote no template for {lla}.");
        using var memory = new MemoryStream();
        await download.Content.CopyToAsync(memory);
        return memory.ToArray();
    }
}
