using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Dashboard;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>One council in one round: its figures, what reconciliation found, and every submission with its findings.</summary>
public sealed class CouncilModel(RoundDashboard dashboard) : PageModel
{
    /// <summary>The round, from the route.</summary>
    [FromRoute(Name = "round")]
    public string Round { get; set; } = "";

    /// <summary>The council's part of the round.</summary>
    public CouncilDrillDown DrillDown { get; private set; } = null!;

    /// <summary>Loads the council; not found when the round or council is unknown.</summary>
    public async Task<IActionResult> OnGetAsync(string council)
    {
        try
        {
            if (await dashboard.CouncilAsync(Round, council, HttpContext.RequestAborted) is not { } drill) return NotFound();
            DrillDown = drill;
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
        return Page();
    }
}
