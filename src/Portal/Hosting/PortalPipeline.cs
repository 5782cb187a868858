using Ukspf.Portal.Security;

namespace Ukspf.Portal.Hosting;

/// <summary>The portal's request pipeline.</summary>
public static class PortalPipeline
{
    /// <summary>Security headers on every response, static GOV.UK assets, status pages, identity, then the pages.</summary>
    public static WebApplication UseUkspfPortal(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IdentitySettings>().Authentication == PortalAuthentication.AppService) app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        return app;
    }
}
