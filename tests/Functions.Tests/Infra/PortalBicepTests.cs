using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>
/// infra/portal.bicep, compiled to ARM JSON: the returns portal on a Linux App Service, signed in through App Service
/// Authentication with Entra ID, on HTTPS only, reaching storage by its own identity; and main.bicep deploying it.
/// </summary>
public partial class PortalBicepTests
{
    private const string SiteType = "Microsoft.Web/sites";

    // Built-in role definitions (the same GUID in every tenant).
    private const string StorageBlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    // The settings src/Portal reads (its "Portal" configuration section, and the storage connection it shares with the
    // function app), and the one App Service Authentication reads the client secret from.
    private const string PortalAuthentication = "Portal__Authentication";
    private const string PortalStorage = "Portal__Storage";
    private const string ClientSecretSetting = "MICROSOFT_PROVIDER_AUTHENTICATION_SECRET";

    private static readonly Lazy<ArmTemplate> PortalTemplate = new(() => ArmTemplate.Compile("infra", "portal.bicep"));
    private static readonly Lazy<ArmTemplate> MainTemplate = new(() => ArmTemplate.Compile("infra", "main.bicep"));

    private static ArmTemplate Portal => PortalTemplate.Value;

    private static JsonElement Site => Portal.Single(SiteType);

    private static JsonElement Auth => Portal.Single("Microsoft.Web/sites/config").GetProperty("properties");

    [Fact]
    public void Runs_dotnet_10_on_a_linux_app_service_plan()
    {
        var plan = Portal.Single("Microsoft.Web/serverfarms");

        Assert.Equal("linux", Portal.StringAt(plan, "kind"));
        Assert.True(plan.GetProperty("properties").GetProperty("reserved").GetBoolean());
        Assert.Equal("app,linux", Portal.StringAt(Site, "kind"));
        Assert.Equal("DOTNETCORE|10.0", Portal.StringAt(Site, "properties", "siteConfig", "linuxFxVersion"));
    }

    [Fact]
    public void Takes_https_only_with_tls_1_2_at_least_and_no_ftp()
    {
        var config = Site.GetProperty("properties").GetProperty("siteConfig");

        Assert.True(Site.GetProperty("properties").GetProperty("httpsOnly").GetBoolean());
        Assert.Equal("1.2", Portal.StringAt(config, "minTlsVersion"));
        Assert.Equal("1.2", Portal.StringAt(config, "scmMinTlsVersion"));
        Assert.Equal("Disabled", Portal.StringAt(config, "ftpsState"));
        var ftp = Portal.Single("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(["ftp"], Portal.InstanceNames("Microsoft.Web/sites/basicPublishingCredentialsPolicies"));
        Assert.False(ftp.GetProperty("properties").GetProperty("allow").GetBoolean());
    }

    [Fact]
    public void Requires_sign_in_through_entra_id_before_any_request_reaches_the_app()
    {
        Assert.Equal(["authsettingsV2"], Portal.InstanceNames("Microsoft.Web/sites/config"));
        Assert.True(Auth.GetProperty("platform").GetProperty("enabled").GetBoolean());
        var validation = Auth.GetProperty("globalValidation");
        Assert.True(validation.GetProperty("requireAuthentication").GetBoolean());
        Assert.Equal("RedirectToLoginPage", Portal.StringAt(validation, "unauthenticatedClientAction"));
        Assert.Equal("azureactivedirectory", Portal.StringAt(validation, "redirectToProvider"));
        Assert.True(Auth.GetProperty("httpSettings").GetProperty("requireHttps").GetBoolean());

        var entra = Auth.GetProperty("identityProviders").GetProperty("azureActiveDirectory");
        Assert.True(entra.GetProperty("enabled").GetBoolean());
        Assert.Equal("«parameters('entraClientId')»", Portal.StringAt(entra, "registration", "clientId"));
        Assert.Matches(@"^«environment\(\)\.authentication\.loginEndpoint»«parameters\('entraTenantId'\)»/v2\.0$", Portal.StringAt(entra, "registration", "openIdIssuer"));
    }

    [Fact]
    public void Keeps_the_entra_client_secret_in_the_app_setting_authentication_reads_from_a_secure_parameter()
    {
        var entra = Auth.GetProperty("identityProviders").GetProperty("azureActiveDirectory");

        Assert.Equal(ClientSecretSetting, Portal.StringAt(entra, "registration", "clientSecretSettingName"));
        Assert.Equal("«parameters('entraClientSecret')»", AppSettings()[ClientSecretSetting]);
        Assert.Equal("securestring", Portal.Parameter("entraClientSecret").GetProperty("type").GetString());
    }

    [Fact]
    public void Tells_the_app_it_sits_behind_app_service_authentication_on_azure_storage()
    {
        var settings = AppSettings();

        Assert.Equal("AppService", settings[PortalAuthentication]);
        Assert.Equal("azure", settings[PortalStorage]);
    }

    [Fact]
    public void Reaches_storage_by_its_own_managed_identity_with_no_account_key()
    {
        var settings = AppSettings();

        Assert.Equal("SystemAssigned", Site.GetProperty("identity").GetProperty("type").GetString());
        Assert.EndsWith(".primaryEndpoints.blob»", settings[AppSettingNames.StorageBlobServiceUri], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.table»", settings[AppSettingNames.StorageTableServiceUri], StringComparison.Ordinal);
        Assert.DoesNotContain(AppSettingNames.StorageConnection, settings.Keys);
        Assert.DoesNotContain("listKeys", Portal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", Portal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Grants_the_portal_only_blob_and_table_data_contributor_on_the_storage_account()
    {
        var assignments = Portal.Resources("Microsoft.Authorization/roleAssignments").ToList();

        Assert.Equal(
            new[] { StorageBlobDataContributor, StorageTableDataContributor }.Order(StringComparer.Ordinal),
            assignments.Select(a => RoleGuid().Match(Portal.StringAt(a, "properties", "roleDefinitionId")).Value).Order(StringComparer.Ordinal));
        Assert.All(assignments, a =>
        {
            Assert.Equal("«resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))»", Portal.StringAt(a, "scope"));
            Assert.Matches(@"^«reference\(resourceId\('Microsoft\.Web/sites', .*\)\.identity\.principalId»$", Portal.StringAt(a, "properties", "principalId"));
            Assert.Equal("ServicePrincipal", Portal.StringAt(a, "properties", "principalType"));
        });
    }

    [Fact]
    public void Sends_upload_emails_through_notify_with_the_key_from_a_secure_parameter_off_by_default()
    {
        var settings = AppSettings();

        Assert.Equal("«parameters('notifyApiKey')»", settings[AppSettingNames.NotifyApiKey]);
        Assert.Equal("«parameters('notifyReturnProcessedTemplate')»", settings[AppSettingNames.NotifyReturnProcessedTemplate]);
        Assert.Equal("«parameters('notifyReminderTemplate')»", settings[AppSettingNames.NotifyReminderTemplate]);
        Assert.StartsWith("https://", settings[AppSettingNames.NotifyPortalUrl], StringComparison.Ordinal);
        var key = Portal.Parameter("notifyApiKey");
        Assert.Equal("securestring", key.GetProperty("type").GetString());
        Assert.Equal("", key.GetProperty("defaultValue").GetString());
    }

    [Fact]
    public void Main_deploys_the_portal_on_its_storage_account_and_gives_every_parameter_the_portal_needs()
    {
        var module = MainTemplate.Value.Single("Microsoft.Resources/deployments");
        var given = module.GetProperty("properties").GetProperty("parameters");

        Assert.Equal("portal", MainTemplate.Value.StringAt(module, "name"));
        // The module is portal.bicep itself, compiled into main's template.
        Assert.Equal(Compact(Portal.Text), Compact(module.GetProperty("properties").GetProperty("template").GetRawText()));
        var required = Portal.Parameters.Where(p => !Portal.Parameter(p).TryGetProperty("defaultValue", out _));
        Assert.All(required, p => Assert.True(given.TryGetProperty(p, out _), $"main.bicep does not give the portal '{p}'"));
        Assert.Equal(MainTemplate.Value.StringAt(MainTemplate.Value.Single("Microsoft.Storage/storageAccounts"), "name"), Render(given, "storageAccountName"));
        Assert.Equal("«parameters('notifyApiKey')»", Render(given, "notifyApiKey"));
        Assert.Equal("securestring", MainTemplate.Value.Parameter("notifyApiKey").GetProperty("type").GetString());
        Assert.Equal("securestring", MainTemplate.Value.Parameter("entraClientSecret").GetProperty("type").GetString());
        Assert.Contains("portalUrl", MainTemplate.Value.Outputs);
    }

    [Fact]
    public void The_function_app_s_emails_point_to_the_portal_main_deploys()
    {
        var app = MainTemplate.Value.Single(SiteType);
        var settings = app.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => MainTemplate.Value.StringAt(s, "value"));

        Assert.Equal("«reference(resourceId('Microsoft.Resources/deployments', 'portal'), '2025-04-01').outputs.portalUrl.value»", settings[AppSettingNames.NotifyPortalUrl]);
        Assert.Equal("«parameters('notifyApiKey')»", settings[AppSettingNames.NotifyApiKey]);
        Assert.Equal("«string(parameters('notifyReminderDays'))»", settings[AppSettingNames.NotifyReminderDays]);
        Assert.Equal(7L, MainTemplate.Value.Parameter("notifyReminderDays").GetProperty("defaultValue").GetInt64());
        Assert.Equal(AppSettingNames.DefaultReminderSchedule, MainTemplate.Value.Parameter("reminderSchedule").GetProperty("defaultValue").GetString());
        Assert.Equal("«parameters('reminderSchedule')»", settings[AppSettingNames.ReminderSchedule]);
    }

    private static string Compact(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private static string Render(JsonElement parameters, string name) => MainTemplate.Value.StringAt(parameters, name, "value");

    private static Dictionary<string, string> AppSettings() =>
        Site.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => Portal.StringAt(s, "name"), s => Portal.StringAt(s, "value"));

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleGuid();
}
