using Ukspf.Domain.Template;

namespace Ukspf.Domain.Validation.Rules;

/// <summary>R08: the forecast underspend (capital and revenue) and the amount to reprofile are given in every return but the year's last.</summary>
public sealed class UnderspendRule : IValidationRule
{
    /// <inheritdoc />
    public string Id => RuleIds.Underspend;

    /// <inheritdoc />
    public IEnumerable<Finding> Check(ValidationContext context)
    {
        if (context.Round is null || context.Round.Id.IsLastOfYear) yield break;
        var answers = context.Return.Programme;
        foreach (var (key, value) in new[]
        {
            ("ForecastUnderspendCapital", answers.ForecastUnderspendCapital),
            ("ForecastUnderspendRevenue", answers.ForecastUnderspendRevenue),
            ("ReprofileAmount", answers.ReprofileAmount),
        })
        {
            if (value is not null) continue;
            var field = TemplateSchema.Field(key);
            yield return new Finding(RuleIds.Underspend, Severity.Error, Where.Field(context.Return, key), null,
                $"{field.Label} is needed in every return except the last of the year. Enter 0 if there is none.");
        }
    }
}
