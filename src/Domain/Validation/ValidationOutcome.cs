namespace Ukspf.Domain.Validation;

/// <summary>Every finding on one submitted return, in display order, and whether it can be accepted.</summary>
/// <param name="Findings">Errors first, then by rule id, sheet and cell.</param>
public sealed record ValidationOutcome(IReadOnlyList<Finding> Findings)
{
    /// <summary>True when there are no errors: the return is accepted, with any warnings shown to both sides.</summary>
    public bool Accepted => Errors == 0;

    /// <summary>The number of errors.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>The number of warnings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>
    /// Puts the parser's findings and the rules' findings together. Where the parser could not read a cell, the rules
    /// saw it as blank, so their findings on that same cell are dropped: the council hears about each cell once.
    /// </summary>
    public static ValidationOutcome Combine(IEnumerable<Finding> parseFindings, IEnumerable<Finding> ruleFindings)
    {
        var parsed = parseFindings.ToList();
        var unreadable = parsed
            .Where(f => f.Severity == Severity.Error && f.Location.Cell is not null)
            .Select(f => f.Location)
            .ToHashSet();
        return new ValidationOutcome(Validator.Order(parsed.Concat(ruleFindings.Where(f => f.Location.Cell is null || !unreadable.Contains(f.Location)))));
    }
}
