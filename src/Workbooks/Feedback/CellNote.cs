using Ukspf.Domain.Validation;

namespace Ukspf.Workbooks.Feedback;

/// <summary>Everything said about one cell: its worst severity and each distinct message, so no cell is flagged twice.</summary>
internal sealed class CellNote
{
    private readonly List<string> _lines = [];

    /// <summary>Error if any finding on the cell is an error.</summary>
    public Severity Severity { get; private set; } = Severity.Warning;

    /// <summary>One line per distinct finding, e.g. "Error (R02): Enter a number.".</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Adds a finding's message unless the cell already carries it.</summary>
    public void Add(Finding finding)
    {
        if (finding.Severity == Severity.Error) Severity = Severity.Error;
        var line = $"{finding.Severity} ({finding.RuleId}): {finding.Message}";
        if (!_lines.Contains(line, StringComparer.Ordinal)) _lines.Add(line);
    }

    /// <summary>All lines as the note's text.</summary>
    public string Text => string.Join("\n", _lines);
}
