namespace Ukspf.Domain.Returns;

/// <summary>A council's return for one round, as read from its workbook (or built in code).</summary>
/// <param name="Metadata">What the workbook says it is.</param>
/// <param name="Projects">The Projects sheet.</param>
/// <param name="Spend">The Spend sheet lines, including the M&amp;A line.</param>
/// <param name="Outputs">The Outputs sheet.</param>
/// <param name="Outcomes">The Outcomes sheet.</param>
/// <param name="Totals">The declared totals of the Spend sheet, if any.</param>
/// <param name="Programme">Programme answers.</param>
/// <param name="SignOff">Sign-off.</param>
public sealed record CouncilReturn(
    ReturnMetadata Metadata,
    IReadOnlyList<ReturnProject> Projects,
    IReadOnlyList<SpendLine> Spend,
    IReadOnlyList<IndicatorLine> Outputs,
    IReadOnlyList<IndicatorLine> Outcomes,
    DeclaredTotals? Totals,
    ProgrammeAnswers Programme,
    SignOff SignOff)
{
    /// <summary>Outputs and outcomes together.</summary>
    public IEnumerable<IndicatorLine> IndicatorLines => Outputs.Concat(Outcomes);
}
