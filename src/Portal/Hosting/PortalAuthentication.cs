namespace Ukspf.Portal.Hosting;

/// <summary>Where the portal learns who the user is.</summary>
public enum PortalAuthentication
{
    /// <summary>
    /// From App Service Authentication (Entra ID) in front of the app: the signed-in principal the platform passes in
    /// the X-MS-CLIENT-PRINCIPAL header. Only safe behind the platform, which strips that header from requests.
    /// </summary>
    AppService,

    /// <summary>A sign-in page that lists the store's users and asks for no password: the Development environment only.</summary>
    Development,
}
