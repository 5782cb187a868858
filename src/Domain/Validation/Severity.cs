namespace Ukspf.Domain.Validation;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Blocks acceptance: the council must fix it and resubmit.</summary>
    Error,

    /// <summary>Accepted, but shown to the council and the fund manager.</summary>
    Warning,
}
