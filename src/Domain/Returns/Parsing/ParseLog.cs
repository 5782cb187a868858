using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Returns.Parsing;

/// <summary>Collects the parser's findings; a cell is reported at most once, whatever else is wrong with it.</summary>
internal sealed class ParseLog
{
    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, int> _flaggedCells = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Finding> Findings => _findings;

    public void Error(CellLocation at, string? value, string message, string ruleId = RuleIds.Cells) =>
        Add(new Finding(ruleId, Severity.Error, at, value, message));

    public void Warning(CellLocation at, string? value, string message, string ruleId = RuleIds.Cells) =>
        Add(new Finding(ruleId, Severity.Warning, at, value, message));

    /// <summary>Keeps the first finding on a cell, except that an error replaces a warning: the error is what must be fixed.</summary>
    private void Add(Finding finding)
    {
        if (finding.Location.Cell is null)
        {
            _findings.Add(finding);
            return;
        }
        var cell = finding.Location.ToString();
        if (!_flaggedCells.TryGetValue(cell, out var index))
        {
            _flaggedCells[cell] = _findings.Count;
            _findings.Add(finding);
        }
        else if (finding.Severity == Severity.Error && _findings[index].Severity == Severity.Warning)
        {
            _findings[index] = finding;
        }
    }
}
