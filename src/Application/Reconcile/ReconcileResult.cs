using Ukspf.Domain.Reconciliation;

namespace Ukspf.Application.Reconcile;

/// <summary>What one reconciliation published.</summary>
/// <param name="Round">The round.</param>
/// <param name="PublishedBlob">The dated consolidated workbook (published container).</param>
/// <param name="LatestBlob">The same workbook under its stable "latest" name.</param>
/// <param name="Report">The figures published.</param>
/// <param name="GrantsBlob">The round's projects as a 360Giving flat grants file, CSV (published container).</param>
/// <param name="GrantsJsonBlob">The same grants as a 360Giving JSON package (published container).</param>
/// <param name="GrantsNotes">
/// What a reader of the grants files should know that the grants do not say: councils named by an identifier of
/// ours for want of a registered org-id, projects left out for want of an amount.
/// </param>
public sealed record ReconcileResult(string Round, string PublishedBlob, string LatestBlob, RoundReport Report, string GrantsBlob,
    string GrantsJsonBlob, IReadOnlyList<string> GrantsNotes);
