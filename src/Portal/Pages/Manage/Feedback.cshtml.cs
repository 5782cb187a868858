using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>Downloads the feedback workbook of any council's submission.</summary>
public sealed class FeedbackModel(RoundDashboard dashboard) : PageModel
{
    /// <summary>Sends the workbook; not found when there is no such submission.</summary>
    public async Task<IActionResult> OnGetAsync(string round, string council, string id)
    {
        var download = await dashboard.FeedbackAsync(RoundId.Parse(round), council, id, HttpContext.RequestAborted);
        return download is null ? NotFound() : File(download.Content, ContentTypes.Workbook, $"ukspf-feedback-{round}-{council}-{id}.xlsx");
    }
}
