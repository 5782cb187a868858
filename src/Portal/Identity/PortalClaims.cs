namespace Ukspf.Portal.Identity;

/// <summary>The claim types the portal adds to a signed-in user from the access list.</summary>
public static class PortalClaims
{
    /// <summary>A council the user may submit for: its GSS code.</summary>
    public const string Council = "ukspf:council";

    /// <summary>Present once the access list has been read for this request's user.</summary>
    public const string AccessChecked = "ukspf:access-checked";

    /// <summary>The authentication type of the identity that carries the access list's claims.</summary>
    public const string AccessIdentity = "ukspf-access-list";
}
