using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Domain.Councils;

namespace Ukspf.Portal.Pages.Councils;

/// <summary>
/// A page of one council's: the route names the council by GSS code, and the CouncilMember policy has already
/// checked that the signed-in user submits for it.
/// </summary>
public abstract class CouncilPage(CouncilRegister register) : PageModel
{
    /// <summary>The council's GSS code, from the route.</summary>
    [FromRoute(Name = "council")]
    public string Lla { get; set; } = "";

    /// <summary>The council, as the register knows it.</summary>
    public Council Council => register.Find(Lla) ?? new Council(Lla, Lla, Nation.England);
}
