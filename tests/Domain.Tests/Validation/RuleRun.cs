using Ukspf.Domain.Returns;
using Ukspf.Domain.Tests.Builders;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Tests.Validation;

/// <summary>Helpers shared by the rule tests.</summary>
internal static class RuleRun
{
    /// <summary>
    /// The return as read back from its workbook, so lines carry their cells. In the workbook of
    /// <see cref="ReturnBuilder.Valid"/> Spend rows 5-8 are P1 in Q1-Q4, rows 9-12 M&amp;A in Q1-Q4, later lines below.
    /// </summary>
    public static CouncilReturn FromWorkbook(this ReturnBuilder builder)
    {
        var parsed = ReturnParser.Parse(WorkbookContentBuilder.From(builder.Build()).Build());
        return parsed.Return ?? throw new InvalidOperationException(string.Join("; ", parsed.Findings.Select(f => f.Message)));
    }

    /// <summary>The findings of one rule on a return, in the default context.</summary>
    public static IReadOnlyList<Finding> Check(this IValidationRule rule, CouncilReturn ret, Func<ContextBuilder, ContextBuilder>? context = null) =>
        rule.Check((context ?? (c => c))(ContextBuilder.For(ret)).Build()).ToList();
}
