namespace Ukspf.Domain.Validation;

/// <summary>Thresholds of the validation rules; defaults are this project's and configurable.</summary>
public sealed record ValidationSettings
{
    /// <summary>Largest share of the allocation that may go on management and administration (rule 5).</summary>
    public decimal MaxManagementShare { get; init; } = 0.04m;

    /// <summary>Minimum capital share of actual spend per financial year (rule 5 warning); none by default.</summary>
    public IReadOnlyDictionary<int, decimal> MinimumCapitalShareByYear { get; init; } = new Dictionary<int, decimal>();

    /// <summary>How far lines may differ from a declared total, in pounds (rule 6).</summary>
    public decimal RoundingTolerance { get; init; } = 1m;

    /// <summary>Largest spend variance against forecast without a comment (rule 10).</summary>
    public decimal SpendVarianceTolerance { get; init; } = 0.20m;

    /// <summary>Largest output variance against forecast without a comment (rule 10).</summary>
    public decimal OutputVarianceTolerance { get; init; } = 0.25m;

    /// <summary>Share of target above which outputs may be double counted (rule 11).</summary>
    public decimal OverTargetRatio { get; init; } = 1.5m;

    /// <summary>
    /// The largest amount one money cell may hold, in pounds (rule 2). Far above any council's allocation (the whole
    /// fund is £2.6bn), so a larger amount is a typing or copying error; and it keeps every sum of a return's
    /// amounts, and of the programme's, well inside what a decimal can hold.
    /// </summary>
    public decimal MaxAmount { get; init; } = 10_000_000_000m;

    /// <summary>The largest figure (count, area, FTE or percentage) one number cell may hold, either side of zero (rule 2).</summary>
    public decimal MaxFigure { get; init; } = 10_000_000_000m;

    /// <summary>Quarters of spend with no outputs before a warning (rule 9).</summary>
    public int QuartersOfSpendWithoutOutputs { get; init; } = 2;
}
