using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Access;
using Ukspf.Domain.Councils;
using Ukspf.Portal.Hosting;

namespace Ukspf.Portal.Pages;

/// <summary>
/// The development sign-in: lists the store's users and signs in whoever is chosen, with no password. Not found
/// unless the portal runs with the development sign-in, which only the Development environment allows.
/// </summary>
public sealed class SignInModel(IdentitySettings identity, ManageAccess access, CouncilRegister register) : PageModel
{
    /// <summary>The users on the access list.</summary>
    public IReadOnlyList<AccessEntry> Users { get; private set; } = [];

    /// <summary>Where to go once signed in (a local path).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What was wrong with the form.</summary>
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    /// <summary>Shows the users.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!identity.DevelopmentSignIn) return NotFound();
        Users = await access.ListAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Signs in the chosen user.</summary>
    public async Task<IActionResult> OnPostAsync(string? email, string? other)
    {
        if (!identity.DevelopmentSignIn) return NotFound();
        var chosen = (string.IsNullOrWhiteSpace(other) ? email : other)?.Trim();
        if (string.IsNullOrEmpty(chosen) || !chosen.Contains('@'))
        {
            Errors = [new PageError("email", "Select who you are, or enter an email address")];
            Users = await access.ListAsync(HttpContext.RequestAborted);
            return Page();
        }
        var identityClaims = new ClaimsIdentity([new Claim(ClaimTypes.Email, chosen)], CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Email, ClaimTypes.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identityClaims));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>What a user may do, in a line.</summary>
    public string Describe(AccessEntry user)
    {
        var parts = new List<string>();
        if (user.Has(PortalRole.FundManager)) parts.Add("fund manager");
        if (user.Has(PortalRole.Submitter))
            parts.Add("submits for " + string.Join(", ", user.Councils.Select(c => register.Find(c)?.Name ?? c)));
        return string.Join("; ", parts);
    }
}
