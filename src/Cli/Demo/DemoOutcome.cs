using Ukspf.Domain.Reconciliation;
using Ukspf.Domain.Submissions;

namespace Ukspf.Cli.Demo;

/// <summary>What happened to one demo council.</summary>
/// <param name="LlaCode">The council.</param>
/// <param name="Name">Its name.</param>
/// <param name="Scenario">What the demo had it do.</param>
/// <param name="Status">The final status of its latest submission, or null when it returned nothing.</param>
/// <param name="Errors">Errors on the latest submission.</param>
/// <param name="Warnings">Warnings on the latest submission.</param>
/// <param name="Reason">Why it was rejected, if it was.</param>
/// <param name="FeedbackFile">The feedback workbook exported for it, if any.</param>
public sealed record DemoOutcome(string LlaCode, string Name, string Scenario, SubmissionStatus? Status, int Errors, int Warnings, string? Reason, string? FeedbackFile);

/// <summary>The demo's result.</summary>
/// <param name="Round">The round run.</param>
/// <param name="Councils">One outcome per council.</param>
/// <param name="PublishedWorkbook">Path of the exported consolidated workbook.</param>
/// <param name="GrantsFile">Path of the exported 360Giving grants file.</param>
/// <param name="Store">The storage the demo ran on.</param>
/// <param name="Report">The reconciled figures published.</param>
public sealed record DemoSummary(string Round, IReadOnlyList<DemoOutcome> Councils, string PublishedWorkbook, string GrantsFile, string Store, RoundReport Report);
