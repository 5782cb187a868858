using Ukspf.Bench.Workloads;
using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;

namespace Ukspf.Bench.Reading;

/// <summary>The council, allocations and validation context of workload 1's one large return, the same in every process.</summary>
public static class LargeReturn
{
    public const decimal Capital = 150_000_000m;
    public const decimal Revenue = 250_000_000m;

    public static Council Council => CouncilRegister.Default.Councils.First(c => c.Nation == Nation.England);

    public static AllocationBook Allocations { get; } = new(
    [
        new Allocation(Council.Code, BenchRound.Id.Year, FundLine.Core, SpendType.Capital, Capital, "Benchmark allocation", BenchRound.Received),
        new Allocation(Council.Code, BenchRound.Id.Year, FundLine.Core, SpendType.Revenue, Revenue, "Benchmark allocation", BenchRound.Received),
    ]);

    public static ValidationContext Context(CouncilReturn ret, CouncilReturn? previous = null) => new(ret, Council.Code, Council, BenchRound.Open,
        Domain.Catalogue.Catalogue.Default, Allocations, previous, new ValidationSettings(), BenchRound.Received);

    /// <summary>The council's accepted return of the quarter before, as big as <paramref name="current"/>: what rules R04 and R10 compare with.</summary>
    public static CouncilReturn Previous(CouncilReturn current)
    {
        var projects = Math.Max(1, current.Projects.Count);
        var shape = new ReturnShape(projects, current.Outputs.Count / projects, current.Outcomes.Count / projects);
        return new ReturnBuilder(Domain.Catalogue.Catalogue.Default).Build(Council, BenchRound.Id.Previous(), Capital, Revenue, shape, seed: 1, progress: 0.9m);
    }

    /// <summary>Builds the workbook: the council's template, filled with a valid return of the given shape.</summary>
    public static byte[] Create(ReturnShape shape)
    {
        var ret = new ReturnBuilder(Domain.Catalogue.Catalogue.Default).Build(Council, BenchRound.Id, Capital, Revenue, shape, seed: 1);
        return ReturnFiles.Fill(ReturnFiles.Template(Council, BenchRound.Open, Capital, Revenue), ret);
    }
}
