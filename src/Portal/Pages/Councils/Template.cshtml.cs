using Microsoft.AspNetCore.Mvc;
using Ukspf.Application;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>Downloads the council's pre-filled template for an open round.</summary>
public sealed class TemplateModel(CouncilRegister register, CouncilDashboard dashboard) : CouncilPage(register)
{
    /// <summary>Sends the template, or not found when the round is not open or has none for the council.</summary>
    public async Task<IActionResult> OnGetAsync(string round)
    {
        var id = RoundId.Parse(round);
        if (await dashboard.OpenRoundAsync(id, HttpContext.RequestAborted) is null) return NotFound();
        var download = await dashboard.TemplateAsync(Lla, id, HttpContext.RequestAborted);
        return download is null ? NotFound() : File(download.Content, ContentTypes.Workbook, CouncilDashboard.TemplateFileName(id, Lla));
    }
}
