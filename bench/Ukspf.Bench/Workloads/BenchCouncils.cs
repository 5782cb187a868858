using System.Globalization;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Bench.Workloads;

/// <summary>
/// The councils a benchmark round is run for: the real register's lead local authorities (Northern Ireland has
/// none), then numbered English councils up to the count wanted, since the register holds fewer than the ~250 LLAs
/// a real round has. Each gets a capital and revenue allocation of a realistic size, the same on every run.
/// </summary>
public sealed class BenchCouncils
{
    private BenchCouncils(IReadOnlyList<Council> councils, CouncilRegister register)
    {
        Councils = councils;
        Register = register;
    }

    /// <summary>The councils in round order.</summary>
    public IReadOnlyList<Council> Councils { get; }

    /// <summary>The real register plus the numbered councils, for the pipeline to find them.</summary>
    public CouncilRegister Register { get; }

    public static BenchCouncils Create(int count)
    {
        var real = CouncilRegister.Default.Councils.Where(c => c.Nation != Nation.NorthernIreland).ToList();
        var extra = Enumerable.Range(1, Math.Max(0, count - real.Count))
            .Select(i => new Council(string.Create(CultureInfo.InvariantCulture, $"bench{i:000}"), string.Create(CultureInfo.InvariantCulture, $"Benchmark Borough {i:000}"), Nation.England))
            .ToList();
        var register = new CouncilRegister(
            CouncilRegister.Default.Councils.Concat(extra).Select(c => (c, (IEnumerable<string>)[])),
            CouncilRegister.Default.Successions);
        return new BenchCouncils(real.Concat(extra).Take(count).ToList(), register);
    }

    /// <summary>Capital and revenue allocations of every council for each year, between £1.5m and £6m a year each.</summary>
    public IReadOnlyList<Allocation> Allocations(IEnumerable<FinancialYear> years, DateOnly asOf)
    {
        var list = new List<Allocation>();
        foreach (var year in years)
        {
            for (var i = 0; i < Councils.Count; i++)
            {
                var (capital, revenue) = Amounts(i);
                list.Add(new Allocation(Councils[i].Code, year, FundLine.Core, SpendType.Capital, capital, "Benchmark allocation", asOf));
                list.Add(new Allocation(Councils[i].Code, year, FundLine.Core, SpendType.Revenue, revenue, "Benchmark allocation", asOf));
            }
        }
        return list;
    }

    /// <summary>The capital and revenue allocation of the council at <paramref name="index"/>.</summary>
    public static (decimal Capital, decimal Revenue) Amounts(int index)
    {
        var random = new Random(index);
        return (500_000m + random.Next(0, 20) * 100_000m, 1_000_000m + random.Next(0, 40) * 100_000m);
    }
}
