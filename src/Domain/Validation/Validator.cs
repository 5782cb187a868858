using Ukspf.Domain.Returns;
using Ukspf.Domain.Returns.Parsing;
using Ukspf.Domain.Validation.Rules;

namespace Ukspf.Domain.Validation;

/// <summary>Runs the twelve validation rules of domain.md on a return.</summary>
public static class Validator
{
    /// <summary>Every rule, R01 to R12.</summary>
    public static IReadOnlyList<IValidationRule> AllRules { get; } =
    [
        new CouncilAndRoundRule(),
        new RequiredValuesRule(),
        new CatalogueRule(),
        new CumulativeRule(),
        new AllocationRule(),
        new TotalsRule(),
        new PeriodsRule(),
        new UnderspendRule(),
        new SpendWithoutOutputsRule(),
        new VarianceRule(),
        new OverTargetRule(),
        new AfterFundingPeriodRule(),
    ];

    /// <summary>The findings of every rule on the context's return: errors first, then by rule id, sheet and cell.</summary>
    public static IReadOnlyList<Finding> Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Order(AllRules.SelectMany(rule => rule.Check(context)));
    }

    /// <summary>Findings in display order: errors first, then by rule id, then by sheet in workbook order, row and column.</summary>
    public static IReadOnlyList<Finding> Order(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var ordered = findings.ToList();
        ordered.Sort(FindingOrder.Instance);
        return ordered;
    }

    /// <summary>
    /// Validates a parsed workbook: its parse findings together with the rules' findings on the return, if there is
    /// one. <paramref name="contextFor"/> supplies the council, round, allocations and previous return around it.
    /// </summary>
    public static ValidationOutcome Validate(ParsedReturn parsed, Func<CouncilReturn, ValidationContext> contextFor)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(contextFor);
        var ruleFindings = parsed.Return is null ? [] : Validate(contextFor(parsed.Return));
        return ValidationOutcome.Combine(parsed.Findings, ruleFindings);
    }
}
