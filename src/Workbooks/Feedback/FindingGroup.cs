using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Feedback;

/// <summary>The findings of one rule at one severity, as the feedback sheet counts them.</summary>
internal sealed record FindingGroup(Severity Severity, string RuleId, string Title, int Count)
{
    /// <summary>The findings in the order the feedback sheet lists them: errors first, then by rule, otherwise as found.</summary>
    public static IReadOnlyList<Finding> Order(IReadOnlyList<Finding> findings) =>
        findings.OrderBy(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();

    /// <summary>Groups already-ordered findings by severity and rule, keeping their order.</summary>
    public static IReadOnlyList<FindingGroup> Of(IReadOnlyList<Finding> ordered)
    {
        var groups = new List<FindingGroup>();
        foreach (var f in ordered)
        {
            if (groups.Count > 0 && groups[^1].Severity == f.Severity && groups[^1].RuleId == f.RuleId)
            {
                groups[^1] = groups[^1] with { Count = groups[^1].Count + 1 };
            }
            else
            {
                groups.Add(new FindingGroup(f.Severity, f.RuleId, TitleOf(f.RuleId), 1));
            }
        }

        return groups;
    }

    /// <summary>The rule's plain-English title, or its id when the rule is not one we know.</summary>
    public static string TitleOf(string ruleId) => RuleIds.Titles.TryGetValue(ruleId, out var title) ? title : ruleId;
}
