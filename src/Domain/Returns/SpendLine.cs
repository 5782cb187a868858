using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Returns;

/// <summary>
/// Spend of one project (or the management and administration line) in one quarter: actual for quarters that have
/// ended, forecast for quarters to come.
/// </summary>
/// <param name="ProjectRef">The project, or <see cref="ManagementAndAdministration"/>.</param>
/// <param name="Quarter">The quarter the money is spent in.</param>
/// <param name="CapitalActual">Capital spent (pounds).</param>
/// <param name="RevenueActual">Revenue spent (pounds).</param>
/// <param name="CapitalForecast">Capital forecast (pounds).</param>
/// <param name="RevenueForecast">Revenue forecast (pounds).</param>
/// <param name="Comment">Explanation, e.g. of a variance against forecast.</param>
/// <param name="CorrectionReason">Why an earlier reported actual is being corrected downwards.</param>
/// <param name="Source">Where it was read, if read from a workbook.</param>
public sealed record SpendLine(
    string ProjectRef,
    RoundId Quarter,
    decimal CapitalActual,
    decimal RevenueActual,
    decimal CapitalForecast,
    decimal RevenueForecast,
    string? Comment = null,
    string? CorrectionReason = null,
    SourceRow? Source = null)
{
    /// <summary>The reserved project reference of the management and administration line.</summary>
    public const string ManagementAndAdministration = "M&A";

    /// <summary>True for the management and administration line.</summary>
    public bool IsManagementAndAdministration => ProjectRef == ManagementAndAdministration;

    /// <summary>Capital plus revenue actual.</summary>
    public decimal Actual => CapitalActual + RevenueActual;

    /// <summary>Capital plus revenue forecast.</summary>
    public decimal Forecast => CapitalForecast + RevenueForecast;
}
