namespace Ukspf.Portal.Hosting;

/// <summary>How the running portal identifies users, as chosen at start-up.</summary>
/// <param name="Authentication">App Service Authentication or the development sign-in.</param>
public sealed record IdentitySettings(PortalAuthentication Authentication)
{
    /// <summary>True when the development sign-in page is on.</summary>
    public bool DevelopmentSignIn => Authentication == PortalAuthentication.Development;
}
