using Ukspf.Domain.Returns;

namespace Ukspf.Domain.Validation;

/// <summary>One problem found in a return: which rule, how serious, where, what was there, and what to do, in plain words.</summary>
/// <param name="RuleId">The stable rule id (see <see cref="RuleIds"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Sheet and cell or range.</param>
/// <param name="Value">The value found, as the council typed it, if any.</param>
/// <param name="Message">What is wrong and how to fix it, in a council officer's words.</param>
public sealed record Finding(string RuleId, Severity Severity, CellLocation Location, string? Value, string Message);
