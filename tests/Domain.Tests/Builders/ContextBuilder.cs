using Ukspf.Domain.Allocations;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Tests.Builders;

/// <summary>
/// Builds the <see cref="ValidationContext"/> around a return: by default uploaded by the council the return names,
/// into its round (open), with a £100,000 capital and £200,000 revenue allocation for the year and no previous return.
/// </summary>
public sealed class ContextBuilder
{
    /// <summary>The default allocations for the return's year.</summary>
    public const decimal DefaultCapitalAllocation = 100_000m, DefaultRevenueAllocation = 200_000m;

    private readonly CouncilReturn _return;
    private string _upload;
    private Council? _council;
    private Round? _round;
    private AllocationBook _allocations;
    private CouncilReturn? _previous;
    private ValidationSettings _settings = new();
    private DateOnly _today;

    private ContextBuilder(CouncilReturn ret)
    {
        _return = ret;
        _upload = ret.Metadata.LlaCode;
        _council = CouncilRegister.Default.Find(_upload);
        var id = RoundId.TryParse(ret.Metadata.Round, out var parsed) ? parsed : RoundId.Parse(ReturnBuilder.DefaultRound);
        _round = new Round(id, id.End.AddDays(31), true, FundingPeriod.For(id.Year));
        _today = id.End.AddDays(14);
        _allocations = Book(_upload, id.Year, DefaultCapitalAllocation, DefaultRevenueAllocation);
    }

    /// <summary>The default context for <paramref name="ret"/>.</summary>
    public static ContextBuilder For(CouncilReturn ret) => new(ret);

    /// <summary>An allocation book holding one capital and one revenue figure.</summary>
    public static AllocationBook Book(string llaCode, FinancialYear year, decimal capital, decimal revenue) => new(
    [
        new Allocation(llaCode, year, FundLine.Core, SpendType.Capital, capital, "test", new DateOnly(2025, 1, 1)),
        new Allocation(llaCode, year, FundLine.Core, SpendType.Revenue, revenue, "test", new DateOnly(2025, 1, 1)),
    ]);

    /// <summary>The return as uploaded into another council's folder.</summary>
    public ContextBuilder UploadedBy(string llaCode)
    {
        _upload = llaCode;
        _council = CouncilRegister.Default.Find(llaCode);
        return this;
    }

    /// <summary>Replaces the round (null: the round does not exist).</summary>
    public ContextBuilder WithRound(Round? round)
    {
        _round = round;
        return this;
    }

    /// <summary>Uploaded into another open round.</summary>
    public ContextBuilder IntoRound(string roundId)
    {
        var id = RoundId.Parse(roundId);
        _round = new Round(id, id.End.AddDays(31), true, FundingPeriod.For(id.Year));
        return this;
    }

    /// <summary>The same round, closed.</summary>
    public ContextBuilder WithRoundClosed()
    {
        _round = _round! with { IsOpen = false };
        return this;
    }

    /// <summary>This capital and revenue allocation for the council in the round's year.</summary>
    public ContextBuilder WithAllocation(decimal capital, decimal revenue)
    {
        _allocations = Book(_upload, _round!.Id.Year, capital, revenue);
        return this;
    }

    /// <summary>Replaces the allocation book.</summary>
    public ContextBuilder WithAllocations(AllocationBook allocations)
    {
        _allocations = allocations;
        return this;
    }

    /// <summary>The council's last accepted return.</summary>
    public ContextBuilder WithPrevious(CouncilReturn? previous)
    {
        _previous = previous;
        return this;
    }

    /// <summary>Changes the thresholds.</summary>
    public ContextBuilder WithSettings(Func<ValidationSettings, ValidationSettings> change)
    {
        _settings = change(_settings);
        return this;
    }

    /// <summary>Builds the context.</summary>
    public ValidationContext Build() =>
        new(_return, _upload, _council, _round, Catalogue.Catalogue.Default, _allocations, _previous, _settings, _today);
}
