using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Domain.Councils;
using Ukspf.Portal.Identity;

namespace Ukspf.Portal.Pages;

/// <summary>
/// The home page: a council officer with one council goes straight to it, one with several chooses; a fund manager
/// who submits for no council goes to the rounds; anyone the access list does not know is told they have no access.
/// </summary>
public sealed class IndexModel(CouncilRegister register) : PageModel
{
    /// <summary>The councils the user submits for.</summary>
    public IReadOnlyList<Council> Councils { get; private set; } = [];

    /// <summary>Sends the user where their roles take them.</summary>
    public IActionResult OnGet()
    {
        Councils = User.Councils().Select(code => register.Find(code) ?? new Council(code, code, Nation.England)).OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        if (User.IsSubmitter() && Councils.Count == 1 && !User.IsFundManager()) return Redirect($"/councils/{Councils[0].Code}");
        if (User.IsSubmitter() && Councils.Count > 0) return Page();
        if (User.IsFundManager()) return Redirect("/manage");
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
