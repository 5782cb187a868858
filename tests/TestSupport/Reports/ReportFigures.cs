using System.Globalization;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Reconciliation;

namespace Ukspf.Testing.Reports;

/// <summary>
/// What a round report says, as plain text with amounts written without trailing zeros: the programme's figures,
/// each council's money figures and RAG, and each finding's severity, kind and council. Two reports of the same
/// returns give equal figures however each one happened to scale its decimals.
/// </summary>
/// <param name="Programme">The programme's figures.</param>
/// <param name="Councils">Each council's figures, in the report's order.</param>
/// <param name="Findings">Each finding, in the report's order unless <see cref="WithFindingsInAnyOrder"/> sorted them.</param>
public sealed record ReportFigures(string Programme, IReadOnlyList<string> Councils, IReadOnlyList<string> Findings)
{
    /// <summary>The figures of <paramref name="report"/>, findings in the order the report gives them.</summary>
    public static ReportFigures Of(RoundReport report) => new(
        Describe(report.Programme),
        report.Councils
            .Select(c => $"{c.LlaCode} {Describe(c.Capital)} {Describe(c.Revenue)} {Describe(c.Total)} {c.Rag} gap={N(c.SpendGap)} m&a={N(c.ManagementShare)} jobs={N(c.JobsFte)} accepted={c.HasAcceptedReturn}")
            .ToList(),
        report.Findings.Select(f => $"{f.Severity} {f.Kind} {f.LlaCode}").ToList());

    /// <summary>
    /// The same figures with the findings sorted, for comparing reports built on different stores: the report
    /// orders findings by severity and council, and within a council as the store listed its submissions.
    /// </summary>
    public ReportFigures WithFindingsInAnyOrder() => this with { Findings = Findings.Order(StringComparer.Ordinal).ToList() };

    /// <summary>Equal when every figure and finding is equal, in order.</summary>
    /// <param name="other">The figures to compare with.</param>
    public bool Equals(ReportFigures? other) =>
        other is not null && Programme == other.Programme && Councils.SequenceEqual(other.Councils) && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => Programme.GetHashCode(StringComparison.Ordinal);

    /// <summary>One line for the programme, then one per council and one per finding, as a failed assertion shows them.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Councils.Prepend(Programme).Concat(Findings));

    private static string Describe(ProgrammeMetrics p) =>
        $"{Describe(p.Capital)} {Describe(p.Revenue)} {Describe(p.Total)} elapsed={N(p.TimeElapsed)} gap={N(p.SpendGap)} " +
        $"rag={string.Join(",", p.RagCounts.OrderBy(r => r.Key).Select(r => $"{r.Key}:{r.Value}"))} m&a={N(p.ManagementShare)} capital={N(p.CapitalShare)} " +
        $"jobs={N(p.JobsFte)} cost={(p.CostPerJob is { } cost ? N(cost) : "-")} expected={p.CouncilsExpected} accepted={p.ReturnsAccepted}";

    private static string Describe(SpendFigures s) => $"[{N(s.Allocation)}/{N(s.Actual)}/{N(s.RemainingForecast)}]";

    private static string N(decimal d) => d.ToString("G29", CultureInfo.InvariantCulture);
}
