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

    /// <summary>Quarters of spend with no outputs before a warning (rule 9).</summary>
    public int QuartersOfSpendWithoutOutputs { get; init; } = 2;
}
