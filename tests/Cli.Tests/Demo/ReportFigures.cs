using System.Globalization;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Cli.Tests.Demo;

/// <summary>
/// What a report says, as plain text with amounts written without trailing zeros: the programme's figures, each
/// council's money figures and RAG, and each finding's kind and council. Two stores that hold the same returns must
/// give equal figures, however each one happened to scale its decimals.
/// </summary>
internal sealed record ReportFigures(string Programme, IReadOnlyList<string> Councils, IReadOnlyList<string> Findings)
{
    public static ReportFigures Of(RoundReport report) => new(
        Describe(report.Programme),
        report.Councils
            .Select(c => $"{c.LlaCode} {Describe(c.Capital)} {Describe(c.Revenue)} {Describe(c.Total)} {c.Rag} gap={N(c.SpendGap)} m&a={N(c.ManagementShare)} jobs={N(c.JobsFte)} accepted={c.HasAcceptedReturn}")
            .ToList(),
        report.Findings.Select(f => $"{f.Severity} {f.Kind} {f.LlaCode}").Order(StringComparer.Ordinal).ToList());

    public bool Equals(ReportFigures? other) =>
        other is not null && Programme == other.Programme && Councils.SequenceEqual(other.Councils) && Findings.SequenceEqual(other.Findings);

    public override int GetHashCode() => Programme.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => string.Join(Environment.NewLine, Councils.Prepend(Programme).Concat(Findings));

    private static string Describe(ProgrammeMetrics p) =>
        $"{Describe(p.Capital)} {Describe(p.Revenue)} {Describe(p.Total)} elapsed={N(p.TimeElapsed)} gap={N(p.SpendGap)} " +
        $"rag={string.Join(",", p.RagCounts.OrderBy(r => r.Key).Select(r => $"{r.Key}:{r.Value}"))} m&a={N(p.ManagementShare)} capital={N(p.CapitalShare)} " +
        $"jobs={N(p.JobsFte)} cost={(p.CostPerJob is { } cost ? N(cost) : "-")} expected={p.CouncilsExpected} accepted={p.ReturnsAccepted}";

    private static string Describe(SpendFigures s) => $"[{N(s.Allocation)}/{N(s.Actual)}/{N(s.RemainingForecast)}]";

    private static string N(decimal d) => d.ToString("G29", CultureInfo.InvariantCulture);
}
