using Ukspf.Domain.Councils;
using Ukspf.Domain.Metrics;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>
/// Reconciles one round: the metrics of every expected council and of the programme, and what a fund manager
/// should look at (missing or late returns, cumulative figures going down, spend over allocation, outputs with no
/// spend, underspend risk).
/// </summary>
public static class RoundReconciler
{
    /// <summary>Builds the round report from what storage holds for the round.</summary>
    /// <param name="data">The round, its expected councils, allocations, accepted and earlier returns, submissions.</param>
    /// <param name="settings">Metric thresholds; the defaults when null.</param>
    /// <returns>
    /// Councils in name order, findings errors first then by council name, submissions by council name and newest
    /// first within a council.
    /// </returns>
    public static RoundReport Reconcile(RoundData data, MetricSettings? settings = null)
    {
        var calculator = new MetricsCalculator(data.Round, data.Catalogue, data.Allocations, settings);
        var councils = data.Councils
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var roundSubmissions = data.Submissions.Where(s => s.Round == data.Round.Id).ToList();

        var metrics = new List<CouncilMetrics>();
        var returned = new List<(Council Council, CouncilReturn Return)>();
        var findings = new List<ReconciliationFinding>();
        var spend = new SpendChecks(data.Allocations, data.Round);
        var cumulative = new CumulativeChecks(data.Catalogue, data.Round.Id);
        foreach (var council in councils)
        {
            var accepted = Lookup(data.Accepted, council.Code);
            var councilMetrics = calculator.ForCouncil(council, accepted);
            metrics.Add(councilMetrics);
            var submissions = roundSubmissions.Where(s => SameCouncil(s.LlaCode, council.Code)).ToList();
            findings.AddRange(SubmissionChecks.Check(council, submissions, accepted is not null, data.Round, data.AsOf));
            if (accepted is null) continue;

            returned.Add((council, accepted));
            spend.Check(council, councilMetrics, accepted, findings);
            if (Lookup(data.Earlier, council.Code) is { } earlier)
                cumulative.Check(council, accepted, earlier, findings);
        }

        var names = councils.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase);
        string NameOf(string code) => names.GetValueOrDefault(code.Trim(), code);

        return new RoundReport(
            data.Round,
            data.AsOf,
            calculator.ForProgramme(metrics),
            metrics,
            calculator.ForPriorities(returned),
            calculator.ForInterventions(returned),
            calculator.ForIndicators(returned),
            findings
                .OrderBy(f => f.Severity == Severity.Error ? 0 : 1)
                .ThenBy(f => NameOf(f.LlaCode), StringComparer.OrdinalIgnoreCase)
                .ToList(),
            roundSubmissions
                .OrderBy(s => NameOf(s.LlaCode), StringComparer.OrdinalIgnoreCase)
                .ThenByDescending(s => s.ReceivedAt)
                .ToList());
    }

    /// <summary>Storage keys may differ in case from the register's codes.</summary>
    private static T? Lookup<T>(IReadOnlyDictionary<string, T> returns, string code) where T : class =>
        returns.TryGetValue(code, out var found)
            ? found
            : returns.FirstOrDefault(r => SameCouncil(r.Key, code)).Value;

    private static bool SameCouncil(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
