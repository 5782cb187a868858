using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Catalogue;

/// <summary>An intervention a project can be funded under, e.g. E1 "Improvements to town centres and high streets".</summary>
/// <param name="Code">E1-E41 in England, S- in Scotland, W- in Wales.</param>
/// <param name="Nation">The nation whose list it belongs to.</param>
/// <param name="Priority">The investment priority it sits under.</param>
/// <param name="Title">The title as published.</param>
/// <param name="FirstYear">First financial year it may be used.</param>
/// <param name="LastYear">Last financial year it may be used.</param>
public sealed record Intervention(string Code, Nation Nation, InvestmentPriority Priority, string Title, FinancialYear FirstYear, FinancialYear LastYear)
{
    /// <summary>Whether the intervention may be used in <paramref name="year"/>.</summary>
    public bool AppliesIn(FinancialYear year) => year >= FirstYear && year <= LastYear;
}
