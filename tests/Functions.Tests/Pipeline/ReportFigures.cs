using System.Globalization;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Functions.Tests.Pipeline;

/// <summary>
/// The figures of a report as plain text, amounts written without trailing zeros, so two reports can be compared
/// for equality of what they say rather than how each decimal happened to be scaled.
/// </summary>
internal sealed record ReportFigures(string Programme, IReadOnlyList<string> Councils, IReadOnlyList<string> Findings)
{
    public static ReportFigures Of(RoundReport report) => new(
        Describe(report.Programme),
        report.Councils.Select(c => $"{c.LlaCode} {Describe(c.Capital)} {Describe(c.Revenue)} {Describe(c.Total)} {c.Rag} {N(c.SpendGap)} {N(c.JobsFte)} {c.HasAcceptedReturn}").ToList(),
        report.Findings.Select(f => $"{f.Severity} {f.Kind} {f.LlaCode}").ToList());

    public bool Equals(ReportFigures? other) =>
        other is not null && Programme == other.Programme && Councils.SequenceEqual(other.Councils) && Findings.SequenceEqual(other.Findings);

    public override int GetHashCode() => Programme.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => string.Join(Environment.NewLine, Councils.Prepend(Programme).Concat(Findings));

    private static string Describe(ProgrammeMetrics p) =>
        $"{Describe(p.Capital)} {Describe(p.Revenue)} {Describe(p.Total)} {N(p.TimeElapsed)} {N(p.SpendGap)} " +
        $"{string.Join(",", p.RagCounts.OrderBy(r => r.Key).Select(r => $"{r.Key}={r.Value}"))} {N(p.ManagementShare)} {N(p.CapitalShare)} " +
        $"{N(p.JobsFte)} {(p.CostPerJob is { } cost ? N(cost) : "-")} {p.CouncilsExpected} {p.ReturnsAccepted}";

    private static string Describe(SpendFigures s) => $"[{N(s.Allocation)}/{N(s.Actual)}/{N(s.RemainingForecast)}]";

    private static string N(decimal d) => d.ToString("G29", CultureInfo.InvariantCulture);
}
