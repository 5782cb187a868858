using Ukspf.Application.Submissions;
using Ukspf.Domain.Validation;

namespace Ukspf.Application.Dashboard;

/// <summary>One submission as a result, history or drill-down page shows it: its record and its findings.</summary>
/// <param name="Record">The stored record.</param>
/// <param name="Findings">Its findings as stored when it was ingested, in the validator's order.</param>
public sealed record SubmissionDetail(SubmissionRecord Record, IReadOnlyList<Finding> Findings);
