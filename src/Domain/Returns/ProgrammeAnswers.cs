namespace Ukspf.Domain.Returns;

/// <summary>The programme-level answers of a return.</summary>
/// <param name="ProgressRag">RAG for progress.</param>
/// <param name="TrendRag">RAG for trend.</param>
/// <param name="Narrative">At most 250 words.</param>
/// <param name="ForwardLook">At most 200 words.</param>
/// <param name="ForecastUnderspendCapital">Capital the council expects not to spend this year.</param>
/// <param name="ForecastUnderspendRevenue">Revenue the council expects not to spend this year.</param>
/// <param name="ReprofileAmount">Amount the council asks to move between years.</param>
/// <param name="Locations">Cell of each answer, keyed by its template field key, if read from a workbook.</param>
public sealed record ProgrammeAnswers(
    Rag? ProgressRag,
    Rag? TrendRag,
    string? Narrative,
    string? ForwardLook,
    decimal? ForecastUnderspendCapital,
    decimal? ForecastUnderspendRevenue,
    decimal? ReprofileAmount,
    IReadOnlyDictionary<string, CellLocation>? Locations = null);
