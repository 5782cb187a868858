using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>What <see cref="ReturnParser.Parse"/> made of a workbook: the typed return and every cell it could not use as it stood.</summary>
/// <param name="Return">The typed return, or null when the workbook is not a usable return template (see the R01 finding).</param>
/// <param name="Findings">Template (R01) and cell (R02) findings, in the order they were found.</param>
public sealed record ParsedReturn(CouncilReturn? Return, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when any finding is an error, so the return cannot be accepted whatever the rules say.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
