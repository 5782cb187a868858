using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>Something the nightly reconciliation found across councils and rounds.</summary>
/// <param name="Kind">What kind of problem (see <see cref="ReconciliationKinds"/>).</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="LlaCode">The council concerned.</param>
/// <param name="Message">What was found, in a fund manager's words, with the figures.</param>
public sealed record ReconciliationFinding(string Kind, Severity Severity, string LlaCode, string Message);
