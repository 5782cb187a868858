using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Dashboard;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>
/// A round's dashboard as of now: every council's return, RAG, spend against allocation, the spend-rate chart with
/// its table, filtered by nation and RAG through the query string.
/// </summary>
public sealed class RoundModel(RoundDashboard dashboard) : PageModel
{
    /// <summary>The dashboard.</summary>
    public RoundDashboardView View { get; private set; } = null!;

    /// <summary>Loads the dashboard; not found when the round was never opened.</summary>
    public async Task<IActionResult> OnGetAsync(string round, string? nation, string? rag)
    {
        var filter = new DashboardFilter(
            Enum.TryParse<Nation>(nation, ignoreCase: true, out var n) && Enum.IsDefined(n) ? n : null,
            Enum.TryParse<Rag>(rag, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null);
        try
        {
            View = await dashboard.RunAsync(round, filter, HttpContext.RequestAborted);
        }
        catch (ArgumentException)
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>"Northern Ireland" for <see cref="Nation.NorthernIreland"/>.</summary>
    public static string NationName(Nation nation) => nation == Nation.NorthernIreland ? "Northern Ireland" : nation.ToString();

    /// <summary>The tag colour of a return's state.</summary>
    public static string StateColour(ReturnState state) => state switch
    {
        ReturnState.Accepted => "govuk-tag--green",
        ReturnState.Late => "govuk-tag--yellow",
        ReturnState.Rejected => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    /// <summary>The tag colour of a RAG rating.</summary>
    public static string RagColour(Rag rag) => rag switch
    {
        Rag.Red => "govuk-tag--red",
        Rag.Amber => "govuk-tag--orange",
        _ => "govuk-tag--green",
    };
}
