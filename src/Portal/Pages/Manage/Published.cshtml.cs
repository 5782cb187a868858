using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Rounds;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>Downloads what the round's last reconciliation published: the consolidated workbook or the 360Giving grants.</summary>
public sealed class PublishedModel(RoundDashboard dashboard) : PageModel
{
    private static readonly IReadOnlyDictionary<string, PublishedFile> Files = new Dictionary<string, PublishedFile>
    {
        ["consolidated"] = PublishedFile.Consolidated,
        ["grants-csv"] = PublishedFile.GrantsCsv,
        ["grants-json"] = PublishedFile.GrantsJson,
    };

    /// <summary>Sends the file; not found when it has not been published (reconcile the round first).</summary>
    public async Task<IActionResult> OnGetAsync(string round, string file)
    {
        if (!Files.TryGetValue(file, out var kind)) return NotFound();
        var id = RoundId.Parse(round);
        var download = await dashboard.PublishedAsync(id, kind, HttpContext.RequestAborted);
        return download is null
            ? NotFound()
            : File(download.Content, download.Properties.ContentType ?? "application/octet-stream", Path.GetFileName(RoundDashboard.BlobName(id, kind)));
    }
}
