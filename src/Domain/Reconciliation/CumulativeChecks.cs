using System.Runtime.InteropServices;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Validation;

namespace Ukspf.Domain.Reconciliation;

/// <summary>
/// Cumulative figures must not go down from the council's last accepted return of an earlier round unless the
/// council gave a correction reason. The earlier return is read as its <see cref="CumulativeTotals"/>.
/// </summary>
/// <remarks>
/// One instance checks one round, council after council: its working tables are emptied and refilled for each
/// council rather than made anew, so checking a round allocates little beyond the findings themselves.
/// </remarks>
internal sealed class CumulativeChecks(Catalogue.Catalogue catalogue, RoundId round)
{
    private readonly HashSet<FinancialYear> _years = [];
    private readonly Dictionary<string, Figure> _spendNow = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, decimal> _spendBefore = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Project, string Indicator), Figure> _indicatorsNow = new(IndicatorTotal.KeyComparer);
    private readonly Dictionary<(string Project, string Indicator), decimal> _indicatorsBefore = new(IndicatorTotal.KeyComparer);

    /// <summary>Adds the council's decreases to <paramref name="findings"/>: spend by project, then indicators by project and indicator.</summary>
    public void Check(Council council, CouncilReturn current, CumulativeTotals earlier, List<ReconciliationFinding> findings)
    {
        var since = string.IsNullOrWhiteSpace(earlier.Round) ? "the last accepted return" : $"the {earlier.Round.Trim()} return";
        SpendDecreases(council, current, earlier, since, findings);
        IndicatorDecreases(council, current, earlier, since, findings);
    }

    /// <summary>
    /// Compared over the financial years the current return covers: a return for a new year need not repeat last
    /// year's quarters, and dropping them is not a decrease. Listed by project, ignoring case.
    /// </summary>
    private void SpendDecreases(Council council, CouncilReturn current, CumulativeTotals earlier, string since, List<ReconciliationFinding> findings)
    {
        _years.Clear();
        _years.Add(round.Year);
        _spendNow.Clear();
        foreach (var line in current.Spend)
        {
            _years.Add(line.Quarter.Year);
            CollectionsMarshal.GetValueRefOrAddDefault(_spendNow, line.ProjectRef.Trim(), out _).Add(line.Actual, line.CorrectionReason);
        }
        _spendBefore.Clear();
        foreach (var total in earlier.Spend)
            if (_years.Contains(total.Year)) CollectionsMarshal.GetValueRefOrAddDefault(_spendBefore, total.ProjectRef, out _) += total.Actual;

        var first = findings.Count;
        var projects = new List<string>();
        foreach (var (project, was) in _spendBefore)
        {
            var now = _spendNow.GetValueOrDefault(project);
            if (now.Amount >= was || now.Corrected) continue;
            var what = string.Equals(project, SpendLine.ManagementAndAdministration, StringComparison.OrdinalIgnoreCase) ? "management and administration" : $"project {project}";
            projects.Add(project);
            findings.Add(new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative spend on {what} fell from {FindingText.Money(was)} in {since} " +
                $"to {FindingText.Money(now.Amount)}, with no correction reason."));
        }
        SortAdded(findings, first, projects, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Only indicators the catalogue marks cumulative, on lines present in both returns.</summary>
    private void IndicatorDecreases(Council council, CouncilReturn current, CumulativeTotals earlier, string since, List<ReconciliationFinding> findings)
    {
        _indicatorsNow.Clear();
        AddNow(current.Outputs);
        AddNow(current.Outcomes);
        _indicatorsBefore.Clear();
        foreach (var total in earlier.Indicators)
            CollectionsMarshal.GetValueRefOrAddDefault(_indicatorsBefore, (total.ProjectRef, total.IndicatorCode), out _) += total.CumulativeActual;

        var first = findings.Count;
        var keys = new List<(string, string)>();
        foreach (var (key, was) in _indicatorsBefore)
        {
            var indicator = catalogue.FindIndicator(key.Indicator, round.Year);
            if (indicator is null || !indicator.Cumulative || !_indicatorsNow.TryGetValue(key, out var now)) continue;
            if (now.Amount >= was || now.Corrected) continue;
            keys.Add(IndicatorTotal.SortKey(key.Project, key.Indicator));
            findings.Add(new ReconciliationFinding(ReconciliationKinds.CumulativeDecrease, Severity.Error, council.Code,
                $"{council.Name}'s cumulative {indicator.Code} \"{indicator.Title}\" on project {now.ProjectRef!.Trim()} " +
                $"fell from {FindingText.Number(was)} in {since} to {FindingText.Number(now.Amount)}, with no correction reason."));
        }
        SortAdded(findings, first, keys, Comparer<(string, string)>.Default);
    }

    private void AddNow(IReadOnlyList<IndicatorLine> lines)
    {
        foreach (var line in lines)
        {
            ref var now = ref CollectionsMarshal.GetValueRefOrAddDefault(_indicatorsNow, (line.ProjectRef, line.IndicatorCode), out var seen);
            if (!seen) now = new Figure { ProjectRef = line.ProjectRef };
            now.Add(line.CumulativeActual, line.CorrectionReason);
        }
    }

    /// <summary>
    /// Puts the findings added from <paramref name="first"/> on in the order of their keys, ties in the order they were
    /// found (as a stable sort of every pair would have listed them).
    /// </summary>
    private static void SortAdded<TKey>(List<ReconciliationFinding> findings, int first, List<TKey> keys, IComparer<TKey> comparer)
    {
        if (keys.Count < 2) return;
        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort(order, (a, b) => comparer.Compare(keys[a], keys[b]) is var c && c != 0 ? c : a.CompareTo(b));
        var added = findings.GetRange(first, keys.Count);
        for (var i = 0; i < order.Length; i++) findings[first + i] = added[order[i]];
    }

    /// <summary>A project's or pair's current figure: its lines summed, whether any gives a correction reason, the first spelling of its project.</summary>
    private struct Figure
    {
        public string? ProjectRef;
        public decimal Amount;
        public bool Corrected;

        public void Add(decimal amount, string? correctionReason)
        {
            Amount += amount;
            Corrected |= !string.IsNullOrWhiteSpace(correctionReason);
        }
    }
}
