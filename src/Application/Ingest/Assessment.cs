using Ukspf.Domain.Returns;
using Ukspf.Domain.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Application.Ingest;

/// <summary>The verdict on one upload: the return read from it (if any) and every finding.</summary>
/// <param name="Return">The return, when the workbook could be parsed.</param>
/// <param name="Findings">Every finding, errors and warnings.</param>
/// <param name="Unreadable">True when the file could not be opened, so feedback cannot annotate a copy of it.</param>
internal sealed record Assessment(CouncilReturn? Return, IReadOnlyList<Finding> Findings, bool Unreadable)
{
    /// <summary>Rejected when any finding is an error, otherwise accepted.</summary>
    public SubmissionStatus Status => Findings.Any(f => f.Severity == Severity.Error) ? SubmissionStatus.Rejected : SubmissionStatus.Accepted;

    /// <summary>The first error's message: the main reason for a rejection; null when accepted.</summary>
    public string? Reason => Findings.FirstOrDefault(f => f.Severity == Severity.Error)?.Message;

    /// <summary>Error findings.</summary>
    public int Errors => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>Warning findings.</summary>
    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>A rejection for one reason that applies to the whole upload.</summary>
    public static Assessment Rejected(string rule, string message, bool unreadable = false) =>
        new(null, [new Finding(rule, Severity.Error, CellLocation.Workbook, null, message)], unreadable);

    /// <summary>This verdict with one more error: something found after validation (the store refused the lines).</summary>
    public Assessment WithError(string rule, string message) =>
        this with { Findings = [new Finding(rule, Severity.Error, CellLocation.Workbook, null, message), .. Findings] };
}
