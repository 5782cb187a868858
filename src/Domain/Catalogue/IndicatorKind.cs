namespace Ukspf.Domain.Catalogue;

/// <summary>Output (what the money bought) or outcome (what changed because of it).</summary>
public enum IndicatorKind
{
    /// <summary>An output, e.g. square metres of public realm improved.</summary>
    Output,

    /// <summary>An outcome, e.g. jobs created.</summary>
    Outcome,
}
