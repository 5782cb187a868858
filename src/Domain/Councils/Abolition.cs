namespace Ukspf.Domain.Councils;

/// <summary>A council or GSS code that no longer exists, and the councils that took over its area.</summary>
/// <param name="Code">The old GSS code, e.g. "E07000026" (Allerdale) or "E08000016" (Barnsley's code before 2025).</param>
/// <param name="Name">The old official name.</param>
/// <param name="SuccessorCodes">The GSS codes that replaced it; more than one when its area was split.</param>
/// <param name="Ended">The last day it existed; null for a code replaced while the council went on.</param>
public sealed record Abolition(string Code, string Name, IReadOnlyList<string> SuccessorCodes, DateOnly? Ended);
