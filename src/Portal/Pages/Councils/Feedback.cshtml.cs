using Microsoft.AspNetCore.Mvc;
using Ukspf.Application;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>Downloads the feedback workbook of one of the council's submissions.</summary>
public sealed class FeedbackModel(CouncilRegister register, CouncilDashboard dashboard) : CouncilPage(register)
{
    /// <summary>Sends the workbook; not found when the council has no such submission.</summary>
    public async Task<IActionResult> OnGetAsync(string round, string id)
    {
        var download = await dashboard.FeedbackAsync(Lla, RoundId.Parse(round), id, HttpContext.RequestAborted);
        return download is null ? NotFound() : File(download.Content, ContentTypes.Workbook, $"ukspf-feedback-{round}-{Lla}-{id}.xlsx");
    }
}
