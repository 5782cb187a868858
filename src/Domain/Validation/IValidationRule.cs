namespace Ukspf.Domain.Validation;

/// <summary>One validation rule of domain.md, found by its stable id.</summary>
public interface IValidationRule
{
    /// <summary>The stable rule id (see <see cref="RuleIds"/>).</summary>
    string Id { get; }

    /// <summary>Every finding of this rule on the return; none when it passes.</summary>
    IEnumerable<Finding> Check(ValidationContext context);
}
