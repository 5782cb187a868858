using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Portal.Identity;

namespace Ukspf.Portal.Pages;

/// <summary>
/// The page shown for an error status (the status-code pages re-execute here): page not found, no access, a form
/// that could not be used. It keeps the original status. Re-executed after a refused form too, so it takes no token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>The heading.</summary>
    public string Title { get; private set; } = "";

    /// <summary>What to tell the user.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    /// <summary>Shows the page for the route's status code.</summary>
    public IActionResult OnGet() => Show(Code);

    /// <summary>Shows the page for a refused form; its body (perhaps an upload never read) is left alone.</summary>
    public IActionResult OnPost() => Show(Code);

    // From the route, not bound: binding would read what is left of a refused form's body.
    private int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : StatusCodes.Status404NotFound;

    private static IReadOnlyList<string> Say(params string[] lines) => lines;

    private IActionResult Show(int code)
    {
        var email = User.Email();
        (Title, Lines) = code switch
        {
            403 when email is not null && !User.IsSubmitter() && !User.IsFundManager() =>
                ("You do not have access to this service", Say(
                    $"You are signed in as {email}, but no council or fund team role has been given to that address.",
                    "Ask the UKSPF fund team to add you to the service's access list, naming the councils you submit returns for.")),
            403 => ("You do not have access to this page", Say("This page belongs to a council or a role you have not been given. If you think you should have access, ask the UKSPF fund team.")),
            404 => ("Page not found", Say("If you typed the web address, check it is correct. The round may be closed, or the file may not have been written yet.")),
            400 => ("The form could not be used", Say("The page may have been open too long, or the form was sent from somewhere else. Go back, reload the page and try again.")),
            413 => ("The file is too large", Say("Remove anything you have added to the template (pictures, extra sheets) and upload it again.")),
            _ => ("Sorry, there is a problem with the service", Say("Try again later. Nothing you uploaded has been lost.")),
        };
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        return Page();
    }
}
