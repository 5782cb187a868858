using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ukspf.Application.Access;
using Ukspf.Domain.Councils;

namespace Ukspf.Portal.Pages.Manage;

/// <summary>The access list: who may submit for which council, and who is in the fund team; kept in storage.</summary>
public sealed class AccessModel(ManageAccess access, CouncilRegister register) : PageModel
{
    /// <summary>Everyone on the list.</summary>
    public IReadOnlyList<AccessEntry> Entries { get; private set; } = [];

    /// <summary>The request being corrected, to show again.</summary>
    public AccessRequest? Submitted { get; private set; }

    /// <summary>What was wrong with it.</summary>
    public IReadOnlyList<PageError> Errors { get; private set; } = [];

    /// <summary>What the last action did.</summary>
    public string? Done { get; private set; }

    /// <summary>Shows the list.</summary>
    public async Task OnGetAsync(string? saved, string? removed)
    {
        Done = saved is not null ? $"{saved} is saved." : removed is not null ? $"{removed} is removed." : null;
        Entries = await access.ListAsync(HttpContext.RequestAborted);
    }

    /// <summary>Adds or replaces an entry.</summary>
    public async Task<IActionResult> OnPostSaveAsync(string? email, string? name, bool submitter, bool fundManager, string? councils)
    {
        var request = new AccessRequest(email, name, fundManager, submitter, councils);
        var problems = await access.SaveAsync(request, HttpContext.RequestAborted);
        if (problems.Count == 0) return Redirect($"/manage/access?saved={Uri.EscapeDataString(email!.Trim().ToLowerInvariant())}");
        Submitted = request;
        Errors = problems.Select(p => new PageError(p.Field, p.Message)).ToList();
        Entries = await access.ListAsync(HttpContext.RequestAborted);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Removes an entry.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !await access.RemoveAsync(email, HttpContext.RequestAborted)) return NotFound();
        return Redirect($"/manage/access?removed={Uri.EscapeDataString(email.Trim())}");
    }

    /// <summary>What an entry allows, in a line.</summary>
    public string Describe(AccessEntry entry)
    {
        var parts = new List<string>();
        if (entry.Has(PortalRole.FundManager)) parts.Add("Manage the fund");
        if (entry.Has(PortalRole.Submitter)) parts.Add("Submit for " + string.Join(", ", entry.Councils.Select(c => register.Find(c)?.Name ?? c)));
        return string.Join("; ", parts);
    }
}
