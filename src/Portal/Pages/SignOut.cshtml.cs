using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Portal.Hosting;

namespace Ukspf.Portal.Pages;

/// <summary>Ends a development sign-in (behind App Service Authentication the platform's /.auth/logout does).</summary>
public sealed class SignOutModel(IdentitySettings identity) : PageModel
{
    /// <summary>Signs out and goes back to the sign-in page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (!identity.DevelopmentSignIn) return NotFound();
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/sign-in");
    }
}
