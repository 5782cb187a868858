using Ukspf.Domain.Returns;
using Ukspf.Domain.Workbook;
using Ukspf.Workbooks.Filling;

namespace Ukspf.Cli.Demo;

/// <summary>How one demo council behaves: what it gets wrong, if anything, and how it uploads.</summary>
/// <param name="Name">Short name shown in the summary.</param>
/// <param name="Change">Changes the council's otherwise valid return (a mistake in the figures).</param>
/// <param name="Edits">Cell edits made after filling (a mistake in how cells were typed), found from the filled workbook.</param>
/// <param name="Upload">How the return reaches the inbox.</param>
public sealed record DemoScenario(
    string Name,
    Func<CouncilReturn, CouncilReturn>? Change = null,
    Func<WorkbookContent, IReadOnlyList<CellEdit>>? Edits = null,
    DemoUpload Upload = DemoUpload.OnTime);

/// <summary>How a demo return reaches the inbox.</summary>
public enum DemoUpload
{
    /// <summary>Uploaded before the deadline.</summary>
    OnTime,
    /// <summary>Uploaded after the deadline.</summary>
    Late,
    /// <summary>Not uploaded at all.</summary>
    Missing,
    /// <summary>A damaged file instead of the workbook.</summary>
    Corrupt,
    /// <summary>Uploaded into another council's folder.</summary>
    WrongCouncil,
    /// <summary>Uploaded, then uploaded again with a correction (the first is superseded).</summary>
    Resubmitted,
    /// <summary>Uploaded, then uploaded again with lower cumulative figures and no correction reason.</summary>
    ResubmittedLower,
}
