namespace Ukspf.Domain.Returns;

/// <summary>One project's figures for one output or outcome indicator.</summary>
/// <param name="ProjectRef">The project.</param>
/// <param name="IndicatorCode">The indicator, e.g. "CP-O05".</param>
/// <param name="Unit">The unit as the council selected it (must match the indicator's).</param>
/// <param name="CumulativeActual">Delivered to date.</param>
/// <param name="Forecast">Expected to date at this point, from the last return's plan.</param>
/// <param name="Target">Target by the end of the project.</param>
/// <param name="Comment">Explanation, e.g. of a variance.</param>
/// <param name="CorrectionReason">Why an earlier reported figure is being corrected downwards.</param>
/// <param name="Source">Where it was read, if read from a workbook.</param>
public sealed record IndicatorLine(
    string ProjectRef,
    string IndicatorCode,
    string Unit,
    decimal CumulativeActual,
    decimal? Forecast,
    decimal? Target,
    string? Comment = null,
    string? CorrectionReason = null,
    SourceRow? Source = null);
