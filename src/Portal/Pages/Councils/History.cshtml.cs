using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Submissions;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>Every return the council has sent, by round: accepted, rejected, superseded, who uploaded it and when.</summary>
public sealed class HistoryModel(CouncilRegister register, CouncilDashboard dashboard) : CouncilPage(register)
{
    /// <summary>The council's submissions, newest first.</summary>
    public IReadOnlyList<SubmissionSummary> Submissions { get; private set; } = [];

    /// <summary>Loads the history.</summary>
    public async Task OnGetAsync() => Submissions = await dashboard.HistoryAsync(Lla, HttpContext.RequestAborted);
}
