namespace Ukspf.Bench.Report;

/// <summary>What one workload measured.</summary>
/// <param name="Id">w1, w2 or w3.</param>
/// <param name="Title">What the workload does.</param>
/// <param name="Setup">How the workload was built (sizes, files), one line each.</param>
/// <param name="Baseline">The contender every figure of the same kind is divided by, if any.</param>
/// <param name="Figures">Timed figures.</param>
/// <param name="Targets">The targets, with the measured ratios.</param>
/// <param name="Tables">Further figures (memory, breakdowns).</param>
/// <param name="Notes">What a reader should know to read the figures.</param>
/// <param name="LeftOut">Figures this run could not measure, and why (Azurite missing): said at the top of the report.</param>
public sealed record WorkloadResult(
    string Id,
    string Title,
    IReadOnlyList<string> Setup,
    string? Baseline,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<TargetCheck> Targets,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string>? LeftOut = null)
{
    /// <summary>What this run left out, or nothing.</summary>
    public IReadOnlyList<string> LeftOutFigures => LeftOut ?? [];

    /// <summary>The baseline figure of the same kind as <paramref name="figure"/>, if there is one.</summary>
    public Figure? BaselineFor(Figure figure) =>
        Baseline is null ? null : Figures.FirstOrDefault(f => f.Contender == Baseline && f.Kind == figure.Kind);

    public Figure Find(string contender, string kind) =>
        Figures.First(f => f.Contender == contender && f.Kind == kind);
}
