using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Ukspf.Application.Access;

namespace Ukspf.Portal.Identity;

/// <summary>
/// Gives a signed-in user the roles and councils the access list holds for their email, on every request, so that a
/// change to the list holds from the user's next page. A user the list does not know gets none: every page but the
/// home page, which says they have no access, refuses them.
/// </summary>
public sealed class AccessClaimsTransformation(ManageAccess access) : IClaimsTransformation
{
    /// <inheritdoc />
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type == PortalClaims.AccessChecked)) return principal;
        var email = principal.Email();
        var entry = string.IsNullOrWhiteSpace(email) ? null : await access.FindAsync(email);
        var identity = new ClaimsIdentity(PortalClaims.AccessIdentity, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(PortalClaims.AccessChecked, "true"));
        if (entry is not null)
        {
            if (entry.Name is { } name) identity.AddClaim(new Claim(ClaimTypes.Name, name));
            foreach (var role in entry.Roles) identity.AddClaim(new Claim(ClaimTypes.Role, role.ToString()));
            foreach (var council in entry.Councils) identity.AddClaim(new Claim(PortalClaims.Council, council));
        }
        var transformed = new ClaimsPrincipal(identity);
        transformed.AddIdentities(principal.Identities);
        return transformed;
    }
}
