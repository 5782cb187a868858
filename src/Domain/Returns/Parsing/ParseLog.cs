using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Collects the parser's findings; a cell is reported at most once, whatever else is wrong with it.</summary>
internal sealed class ParseLog
{
    private readonly List<Finding> _findings = [];
    private readonly HashSet<string> _flaggedCells = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Finding> Findings => _findings;

    public void Error(CellLocation at, string? value, string message, string ruleId = RuleIds.Cells) =>
        Add(new Finding(ruleId, Severity.Error, at, value, message));

    public void Warning(CellLocation at, string? value, string message, string ruleId = RuleIds.Cells) =>
        Add(new Finding(ruleId, Severity.Warning, at, value, message));

    private void Add(Finding finding)
    {
        if (finding.Location.Cell is not null && !_flaggedCells.Add(finding.Location.ToString())) return;
        _findings.Add(finding);
    }
}
