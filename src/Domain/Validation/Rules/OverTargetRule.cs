using Ukspf.Domain.Template;
using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>R11 (warning): an output above the configured share of its target may be double counted.</summary>
public sealed class OverTargetRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.OverTarget;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        var ratio = context.Settings.OverTargetRatio;
        foreach (var line in context.Return.Outputs)
        {
            if (line.Target is not > 0 || line.CumulativeActual <= ratio * line.Target.Value) continue;
            yield return new Finding(RuleIds.OverTarget, Severity.Warning, Where.At(line, "CumulativeActual", TemplateSchema.Sheets.Outputs),
                Figures.Number(line.CumulativeActual),
                $"Project '{line.ProjectRef}' reports {Figures.Number(line.CumulativeActual)} for {line.IndicatorCode}, {Figures.Percent(Saturating.Divide(line.CumulativeActual, line.Target.Value))} of its target of {Figures.Number(line.Target.Value)}. "
                + "Check it is not counted twice (under another indicator or project) before submitting.");
        }
    }
}
