using System.Runtime.InteropServices;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;

namespace Ukspf.Domain.Metrics;

/// <summary>
/// The spend of one return in the round's financial year, per project and in total. Allocations are per year, so
/// lines of other years never count towards the year's actual or forecast.
/// </summary>
internal sealed class ReturnLedger
{
    private readonly Dictionary<string, ProjectSpend> _projects;

    public ReturnLedger(CouncilReturn councilReturn, RoundId round)
    {
        // About one entry per project: sized once rather than grown line by line.
        _projects = new Dictionary<string, ProjectSpend>(councilReturn.Projects.Count, StringComparer.OrdinalIgnoreCase);
        var total = ProjectSpend.None;
        foreach (var line in councilReturn.Spend)
        {
            if (line.Quarter.Year != round.Year) continue;
            var spend = ProjectSpend.Of(line, round);
            total += spend;
            if (line.IsManagementAndAdministration)
            {
                ManagementActual += line.Actual;
                continue;
            }
            CollectionsMarshal.GetValueRefOrAddDefault(_projects, line.ProjectRef.Trim(), out _) += spend;
        }
        Total = total;
    }

    /// <summary>Every line of the year, M&amp;A included.</summary>
    public ProjectSpend Total { get; }

    /// <summary>Actual spend on the management and administration line.</summary>
    public decimal ManagementActual { get; }

    /// <summary>The year's spend of one project; nothing when it has no lines.</summary>
    public ProjectSpend Project(string projectRef) => _projects.GetValueOrDefault(projectRef.Trim());
}
