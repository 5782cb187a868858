using System.Diagnostics;
using System.Globalization;
using Ukspf.Bench.Ingesting;
using Ukspf.Bench.Workloads;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Ukspf.Application;
using Ukspf.Application.Allocations;
using Ukspf.Application.Rounds;
using Ukspf.Application.Submissions;

namespace Ukspf.Bench.Publishing;

/// <summary>
/// A store holding a round and its history: every council's accepted return for each of the earlier quarterly rounds
/// and for the current one (a few councils have not returned yet), saved through the pipeline's own repositories,
/// exactly as ingestion stores them. Building it through the workbook path would take most of the benchmark's time
/// and measure ingestion again.
/// </summary>
public sealed record HistoryStore(string Folder, int Councils, int EarlierRounds, int Submissions, long Lines, double BuildSeconds)
{
    /// <summary>Every 25th council has not returned for the current round: the reconciliation reports them missing.</summary>
    public static bool Missing(int index) => index % 25 == 24;

    public static async Task<HistoryStore> CreateAsync(string folder, int councilCount, int earlierRounds, Action<string> log)
    {
        var watch = Stopwatch.StartNew();
        var councils = BenchCouncils.Create(councilCount);
        var rounds = BenchRound.Earlier(earlierRounds).Append(BenchRound.Id).ToList();
        var submissions = 0;
        long lines = 0;
        using (var bench = BenchStore.Open(folder, councils.Register, FixedClock.AtReceipt))
        {
            await bench.Get<StorageSetup>().EnsureAsync();
            await bench.Get<AllocationRepository>().SaveAsync(councils.Allocations(rounds.Select(r => r.Year).Distinct(), new DateOnly(2022, 4, 1)));
            var roundRepository = bench.Get<RoundRepository>();
            var submissionRepository = bench.Get<SubmissionRepository>();
            var lineRepository = bench.Get<ReturnLinesRepository>();
            var builder = new ReturnBuilder(Domain.Catalogue.Catalogue.Default);
            for (var k = 0; k < rounds.Count; k++)
            {
                var round = rounds[k];
                var current = round == BenchRound.Id;
                log($"w3: storing round {round} ({k + 1} of {rounds.Count})");
                await roundRepository.SaveAsync(current ? BenchRound.Open : new Round(round, round.End.AddDays(30), IsOpen: false, FundingPeriod.For(round.Year)));
                for (var i = 0; i < councils.Councils.Count; i++)
                {
                    if (current && Missing(i)) continue;
                    var council = councils.Councils[i];
                    var (capital, revenue) = BenchCouncils.Amounts(i);
                    var ret = builder.Build(council, round, capital, revenue, RoundKit.ShapeOf(i), seed: i, progress: (k + 1m) / rounds.Count);
                    var id = string.Create(CultureInfo.InvariantCulture, $"{k:00}{i:0000}{council.Code}").PadRight(20, '0')[..20];
                    var received = new DateTimeOffset(round.End.AddDays(12).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                    await lineRepository.SaveAsync(id, ret);
                    await submissionRepository.SaveAsync(new SubmissionRecord(
                        new SubmissionSummary(id, council.Code, round, "return.xlsx", received, SubmissionStatus.Accepted, 0, 0, null),
                        $"{round}/{council.Code}/return.xlsx", $"{round}/{council.Code}/{id}.xlsx", $"{round}/{council.Code}/{id}-feedback.xlsx"));
                    submissions++;
                    lines += ret.Projects.Count + ret.Spend.Count + ret.Outputs.Count + ret.Outcomes.Count;
                }
            }
        }
        return new HistoryStore(folder, councilCount, earlierRounds, submissions, lines, watch.Elapsed.TotalSeconds);
    }
}
