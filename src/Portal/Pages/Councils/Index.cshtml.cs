using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>A council's home: its open rounds, each with the deadline, days left, the template and the latest return.</summary>
public sealed class IndexModel(CouncilRegister register, CouncilDashboard dashboard) : CouncilPage(register)
{
    /// <summary>The open rounds.</summary>
    public IReadOnlyList<CouncilRound> Rounds { get; private set; } = [];

    /// <summary>Loads the open rounds.</summary>
    public async Task OnGetAsync() => Rounds = await dashboard.OpenRoundsAsync(Lla, HttpContext.RequestAborted);

    /// <summary>"12 days left", "due today", "3 days overdue".</summary>
    public string DaysLeft(CouncilRound round) => round.DaysLeft switch
    {
        0 => "due today",
        1 => "1 day left",
        > 1 => $"{round.DaysLeft} days left",
        -1 => "1 day overdue",
        _ => $"{-round.DaysLeft} days overdue",
    };
}
