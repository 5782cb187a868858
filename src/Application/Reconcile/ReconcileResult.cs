using Ukspf.Domain.Reconciliation;

namespace Ukspf.Application.Reconcile;

/// <summary>What one reconciliation published.</summary>
/// <param name="Round">The round.</param>
/// <param name="PublishedBlob">The dated consolidated workbook (published container).</param>
/// <param name="LatestBlob">The same workbook under its stable "latest" name.</param>
/// <param name="Report">The figures published.</param>
/// <param name="GrantsBlob">The round's projects as a 360Giving grants file (published container).</param>
public sealed record ReconcileResult(string Round, string PublishedBlob, string LatestBlob, RoundReport Report, string GrantsBlob);
