using Microsoft.AspNetCore.Mvc;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>One of the council's submissions: the verdict, the reason, every finding grouped by rule, and the feedback to download.</summary>
public sealed class SubmissionModel(CouncilRegister register, CouncilDashboard dashboard) : CouncilPage(register)
{
    /// <summary>The submission and its findings.</summary>
    public SubmissionDetail Detail { get; private set; } = null!;

    /// <summary>Whether its round still takes uploads.</summary>
    public bool RoundOpen { get; private set; }

    /// <summary>Loads the submission; not found when the council has no such submission.</summary>
    public async Task<IActionResult> OnGetAsync(string round, string id)
    {
        var roundId = RoundId.Parse(round);
        if (await dashboard.SubmissionAsync(Lla, roundId, id, HttpContext.RequestAborted) is not { } detail) return NotFound();
        Detail = detail;
        RoundOpen = await dashboard.OpenRoundAsync(roundId, HttpContext.RequestAborted) is not null;
        return Page();
    }
}
