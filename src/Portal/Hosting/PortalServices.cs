using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Ukspf.Application;
using Ukspf.Application.Notifications;
using Ukspf.Portal.Identity;
using Ukspf.Portal.Security;
using Ukspf.Portal.Uploads;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Local;
using Ukspf.Storage.Tables;

namespace Ukspf.Portal.Hosting;

/// <summary>What the portal registers: storage, the use cases, identity, authorisation and the pages.</summary>
public static class PortalServices
{
    /// <summary>The storage connection the portal reads in Azure: the function app's own.</summary>
    public const string StorageConnection = Triggers.StorageConnection;

    /// <summary>Adds everything the portal needs, refusing settings it must not run with.</summary>
    /// <exception cref="StartupRefusal">The authentication setting is missing, or is the development sign-in outside Development.</exception>
    public static WebApplicationBuilder AddUkspfPortal(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var authentication = AuthenticationOf(options, builder.Environment);
        var services = builder.Services;
        // Secure cookies everywhere but a developer's plain-http Kestrel, where they would not come back; over https
        // (always, in Azure) they are Secure there too.
        var secure = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddSingleton(options);
        services.AddSingleton(new IdentitySettings(authentication));

        AddStorage(services, builder.Configuration, options);
        // Emails to the uploader after each upload, as the function app sends them: off while Notify:ApiKey is unset.
        services.AddNotifySettings(builder.Configuration);
        services.AddUkspfPipeline();

        services.AddRouting(routing =>
        {
            routing.ConstraintMap["gss"] = typeof(GssCodeConstraint);
            routing.ConstraintMap["round"] = typeof(RoundIdConstraint);
            routing.ConstraintMap["submission"] = typeof(SubmissionIdConstraint);
        });
        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Councils", PortalPolicies.CouncilMember);
            pages.Conventions.AuthorizeFolder("/Manage", PortalPolicies.FundManager);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Status");
        });
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "ukspf-antiforgery";
            antiforgery.Cookie.SecurePolicy = secure;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
        });
        services.AddSingleton<StreamedUploadReader>();

        AddIdentity(services, authentication, secure);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            // App Service's front ends terminate TLS and say so in X-Forwarded-Proto; their addresses are not fixed.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });
        return builder;
    }

    private static PortalAuthentication AuthenticationOf(PortalOptions options, IWebHostEnvironment environment)
    {
        var development = environment.IsDevelopment();
        var chosen = options.Authentication ?? (development ? PortalAuthentication.Development : (PortalAuthentication?)null)
            ?? throw new StartupRefusal(
                $"The portal does not know how to sign users in: set {PortalOptions.Section}__Authentication to AppService when it runs " +
                "behind App Service Authentication (Entra ID). The development sign-in is only for the Development environment.");
        if (chosen == PortalAuthentication.Development && !development)
            throw new StartupRefusal(
                $"{PortalOptions.Section}__Authentication is Development, whose sign-in page lets anyone choose any user without a password, " +
                $"but the environment is '{environment.EnvironmentName}'. Use it only with ASPNETCORE_ENVIRONMENT=Development; " +
                "behind App Service Authentication set it to AppService.");
        return chosen;
    }

    private static void AddStorage(IServiceCollection services, IConfiguration configuration, PortalOptions options)
    {
        switch (options.Storage.Trim().ToLowerInvariant())
        {
            case "local":
                services.AddSingleton(provider => LocalStore.Open(Path.GetFullPath(options.Store), provider.GetService<TimeProvider>()));
                services.AddSingleton<IBlobStore>(provider => provider.GetRequiredService<LocalStore>().Blobs);
                services.AddSingleton<ITableStore>(provider => provider.GetRequiredService<LocalStore>().Tables);
                break;
            case "azure":
                services.AddAzureStorageStores(configuration, StorageConnection);
                break;
            default:
                throw new StartupRefusal($"{PortalOptions.Section}__Storage is '{options.Storage}': it must be local (the embedded store) or azure.");
        }
    }

    private static void AddIdentity(IServiceCollection services, PortalAuthentication authentication, CookieSecurePolicy secure)
    {
        if (authentication == PortalAuthentication.AppService)
            services.AddAuthentication(AppServicePrincipalHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, AppServicePrincipalHandler>(AppServicePrincipalHandler.SchemeName, null);
        else
            services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(cookie =>
                {
                    cookie.Cookie.Name = "ukspf-session";
                    cookie.Cookie.SecurePolicy = secure;
                    cookie.Cookie.HttpOnly = true;
                    cookie.Cookie.SameSite = SameSiteMode.Strict;
                    cookie.LoginPath = "/sign-in";
                    cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                    // A refusal is a page of its own (403), not a redirect to another address.
                    cookie.Events.OnRedirectToAccessDenied = context =>
                    {
                        context.Response.StatusCode = StatusCodes.Status403Forbidden;
                        return Task.CompletedTask;
                    };
                });
        services.AddTransient<IClaimsTransformation, AccessClaimsTransformation>();
        services.AddSingleton<IAuthorizationHandler, CouncilMemberHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PortalPolicies.FundManager, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(Application.Access.PortalRole.FundManager)))
            .AddPolicy(PortalPolicies.CouncilMember, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Application.Access.PortalRole.Submitter)).AddRequirements(new CouncilMemberRequirement()));
    }
}
