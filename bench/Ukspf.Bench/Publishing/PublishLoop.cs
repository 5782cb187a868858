using System.Globalization;
using Ukspf.Bench.Ingesting;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Workbooks.Consolidated;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// Writes the consolidated workbook of a round of 250 councils over and over, alternating with the floor, for a
/// profiler to watch (dotnet-trace collect -- dotnet Ukspf.Bench.dll loop-publish 20). The round is reconciled in
/// memory, from the same returns workload 3 stores, so no store is needed.
/// </summary>
public static class PublishLoop
{
    public static int Run(int times)
    {
        var report = RoundReconciler.Reconcile(InMemoryRound(250));
        using var first = new MemoryStream();
        ConsolidatedReturnWriter.Write(report, first);
        var dump = CellDump.Read(first.ToArray());
        long bytes = 0;
        for (var i = 0; i < times; i++)
        {
            bytes = FloorWriter.Write(dump, new MemoryStream());
            using var output = new MemoryStream();
            ConsolidatedReturnWriter.Write(report, output);
            bytes += output.Length;
        }
        Console.WriteLine(bytes.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private static RoundData InMemoryRound(int count)
    {
        var councils = BenchCouncils.Create(count);
        var builder = new ReturnBuilder(Domain.Catalogue.Catalogue.Default);
        var previous = BenchRound.Id.Previous();
        var accepted = new Dictionary<string, CouncilReturn>();
        var earlier = new Dictionary<string, CumulativeTotals>();
        var submissions = new List<SubmissionSummary>();
        for (var i = 0; i < count; i++)
        {
            var council = councils.Councils[i];
            var (capital, revenue) = BenchCouncils.Amounts(i);
            earlier[council.Code] = CumulativeTotals.Of(builder.Build(council, previous, capital, revenue, RoundKit.ShapeOf(i), i, 0.9m));
            if (HistoryStore.Missing(i)) continue;
            accepted[council.Code] = builder.Build(council, BenchRound.Id, capital, revenue, RoundKit.ShapeOf(i), i);
            submissions.Add(new SubmissionSummary($"{i:0000}", council.Code, BenchRound.Id, "return.xlsx",
                FixedClock.AtReceipt.GetUtcNow(), SubmissionStatus.Accepted, 0, 0, null));
        }
        return new RoundData(BenchRound.Open, BenchRound.Deadline.AddDays(3), councils.Councils,
            new AllocationBook(councils.Allocations([BenchRound.Id.Year, previous.Year], new DateOnly(2022, 4, 1))),
            accepted, earlier, submissions, Domain.Catalogue.Catalogue.Default);
    }
}
