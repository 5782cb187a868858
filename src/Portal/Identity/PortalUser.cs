using System.Security.Claims;
using Ukspf.Application.Access;

namespace Ukspf.Portal.Identity;

/// <summary>What pages ask of the signed-in user.</summary>
public static class PortalUser
{
    /// <summary>The user's email, as their sign-in gives it; null when not signed in.</summary>
    public static string? Email(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

    /// <summary>The name to greet them by: from the access list, else the sign-in's, else their email.</summary>
    public static string? DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? user.Email();

    /// <summary>True when the access list puts them in the fund team.</summary>
    public static bool IsFundManager(this ClaimsPrincipal user) => user.IsInRole(nameof(PortalRole.FundManager));

    /// <summary>True when the access list lets them submit for at least one council.</summary>
    public static bool IsSubmitter(this ClaimsPrincipal user) => user.IsInRole(nameof(PortalRole.Submitter));

    /// <summary>The GSS codes of the councils they may submit for.</summary>
    public static IReadOnlyList<string> Councils(this ClaimsPrincipal user) => user.FindAll(PortalClaims.Council).Select(c => c.Value).ToList();

    /// <summary>True when they may see and submit for the council.</summary>
    public static bool MaySubmitFor(this ClaimsPrincipal user, string lla) => user.IsSubmitter() && user.HasClaim(PortalClaims.Council, lla);
}
