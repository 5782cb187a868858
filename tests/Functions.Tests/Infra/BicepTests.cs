using System.Text.Json;
using System.Text.RegularExpressions;
using Ukspf.Application;
using Xunit;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>
/// The templates, compiled to ARM JSON, held to the names the code uses: what they would create, not how the Bicep
/// spells it.
/// </summary>
public partial class BicepTests
{
    private const string ContainerType = "Microsoft.Storage/storageAccounts/blobServices/containers";
    private const string TableType = "Microsoft.Storage/storageAccounts/tableServices/tables";
    private const string SiteType = "Microsoft.Web/sites";

    // Built-in role definitions (the same GUID in every tenant).
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    private static readonly Lazy<ArmTemplate> MainTemplate = new(() => ArmTemplate.Compile("infra", "main.bicep"));
    private static readonly Lazy<ArmTemplate> EventGridTemplate = new(() => ArmTemplate.Compile("infra", "eventgrid.bicep"));

    public static TheoryData<string> Containers => [.. StorageNames.Containers];

    public static TheoryData<string> Tables => [.. StorageNames.Tables];

    public static TheoryData<string> AzureSettings => [.. AppSettingNames.AzureSettings];

    private static ArmTemplate Main => MainTemplate.Value;

    private static ArmTemplate EventGrid => EventGridTemplate.Value;

    private static JsonElement App => Main.Single(SiteType);

    [Theory]
    [MemberData(nameof(Containers))]
    public void Creates_every_container_the_code_uses(string container)
    {
        Assert.Contains(container, Main.InstanceNames(ContainerType));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Creates_every_table_the_code_uses(string table)
    {
        Assert.Contains(table, Main.InstanceNames(TableType));
    }

    [Fact]
    public void Creates_no_container_or_table_the_code_does_not_use_beside_the_app_package_container()
    {
        var package = PackageLocation().Match(Main.StringAt(App, "properties", "functionAppConfig", "deployment", "storage", "value"));
        Assert.True(package.Success, "Flex Consumption reads the app package from a container of the app's storage account");
        var packageContainer = package.Groups["container"].Value;

        Assert.Equal(StorageNames.Containers.Append(packageContainer).Order(StringComparer.Ordinal), Main.InstanceNames(ContainerType).Order(StringComparer.Ordinal));
        Assert.Equal(StorageNames.Tables.Order(StringComparer.Ordinal), Main.InstanceNames(TableType).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(AzureSettings))]
    public void Sets_every_app_setting_the_deployed_app_reads(string setting)
    {
        Assert.Contains(setting, AppSettings().Keys);
    }

    [Fact]
    public void Connects_to_storage_by_managed_identity_with_no_account_key()
    {
        var settings = AppSettings();
        var storage = Main.Single("Microsoft.Storage/storageAccounts");

        Assert.False(storage.GetProperty("properties").GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.Equal("SystemAssigned", App.GetProperty("identity").GetProperty("type").GetString());
        Assert.Equal("managedidentity", settings[AppSettingNames.StorageCredential]);
        Assert.EndsWith(".primaryEndpoints.blob»", settings[AppSettingNames.StorageBlobServiceUri], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.table»", settings[AppSettingNames.StorageTableServiceUri], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.queue»", settings[AppSettingNames.StorageQueueServiceUri], StringComparison.Ordinal);
        Assert.Equal("SystemAssignedIdentity", Main.StringAt(App, "properties", "functionAppConfig", "deployment", "storage", "authentication", "type"));

        // A connection string would carry the key; the identity-based settings replace it.
        Assert.DoesNotContain(AppSettingNames.StorageConnection, settings.Keys);
        Assert.DoesNotContain("listKeys", Main.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", Main.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Grants_the_app_only_blob_owner_table_contributor_and_queue_contributor_on_the_storage_account()
    {
        var assignments = Main.Resources("Microsoft.Authorization/roleAssignments").ToList();

        Assert.Equal(
            new[] { StorageBlobDataOwner, StorageTableDataContributor, StorageQueueDataContributor }.Order(StringComparer.Ordinal),
            assignments.Select(a => RoleGuid().Match(Main.StringAt(a, "properties", "roleDefinitionId")).Value).Order(StringComparer.Ordinal));
        Assert.All(assignments, a =>
        {
            Assert.StartsWith("«resourceId('Microsoft.Storage/storageAccounts', ", Main.StringAt(a, "scope"), StringComparison.Ordinal);
            Assert.Matches(@"^«reference\(resourceId\('Microsoft\.Web/sites', .*\)\.identity\.principalId»$", Main.StringAt(a, "properties", "principalId"));
            Assert.Equal("ServicePrincipal", Main.StringAt(a, "properties", "principalType"));
        });
    }

    [Fact]
    public void Keeps_blob_versions_and_deleted_blobs_and_containers()
    {
        var blobService = Main.Single("Microsoft.Storage/storageAccounts/blobServices").GetProperty("properties");

        Assert.True(blobService.GetProperty("isVersioningEnabled").GetBoolean());
        Assert.True(blobService.GetProperty("deleteRetentionPolicy").GetProperty("enabled").GetBoolean());
        Assert.True(blobService.GetProperty("containerDeleteRetentionPolicy").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Runs_the_isolated_worker_on_the_flex_consumption_plan()
    {
        var plan = Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", Main.StringAt(plan, "sku", "name"));
        Assert.Equal("FlexConsumption", Main.StringAt(plan, "sku", "tier"));
        Assert.Equal("functionapp,linux", Main.StringAt(App, "kind"));
        Assert.Equal("dotnet-isolated", Main.StringAt(App, "properties", "functionAppConfig", "runtime", "name"));
        Assert.Equal("10.0", Main.StringAt(App, "properties", "functionAppConfig", "runtime", "version"));

        // Flex Consumption rejects the worker runtime as an app setting: it comes from functionAppConfig.runtime.
        Assert.DoesNotContain(AppSettingNames.WorkerRuntime, AppSettings().Keys);
    }

    [Fact]
    public void Schedules_the_reconciliation_from_a_parameter_that_defaults_to_the_code_default()
    {
        Assert.Equal(AppSettingNames.DefaultReconcileSchedule, Main.Parameter("reconcileSchedule").GetProperty("defaultValue").GetString());
        Assert.Equal("«parameters('reconcileSchedule')»", AppSettings()[AppSettingNames.ReconcileSchedule]);
    }

    [Fact]
    public void Sends_telemetry_to_the_application_insights_it_creates()
    {
        Assert.Matches(
            @"^«reference\(resourceId\('Microsoft\.Insights/components', .*\)\.ConnectionString»$",
            AppSettings()[AppSettingNames.ApplicationInsightsConnectionString]);
    }

    [Fact]
    public void Routes_inbox_uploads_to_the_blob_triggered_function()
    {
        var subscription = EventGrid.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions").GetProperty("properties");
        var filter = subscription.GetProperty("filter");

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter.GetProperty("includedEventTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal($"/blobServices/default/containers/{StorageNames.InboxContainer}/blobs/", EventGrid.StringAt(filter, "subjectBeginsWith"));
        Assert.Equal("WebHook", EventGrid.StringAt(subscription, "destination", "endpointType"));
        Assert.Matches(
            @"^https://«reference\(resourceId\('Microsoft\.Web/sites', parameters\('functionAppName'\)\), '[^']+'\)\.defaultHostName»"
                + Regex.Escape($"/runtime/webhooks/blobs?functionName=Host.Functions.{FunctionNames.IngestReturn}&code=")
                + @"«listKeys\('.*/host/default', '[^']+'\)\.systemKeys\.blobs_extension»$",
            EventGrid.StringAt(subscription, "destination", "properties", "endpointUrl"));
    }

    [Fact]
    public void Publishes_the_storage_account_events_to_the_topic_the_subscription_uses()
    {
        var topic = Main.Single("Microsoft.EventGrid/systemTopics").GetProperty("properties");

        Assert.Equal("Microsoft.Storage.StorageAccounts", Main.StringAt(topic, "topicType"));
        Assert.StartsWith("«resourceId('Microsoft.Storage/storageAccounts', ", Main.StringAt(topic, "source"), StringComparison.Ordinal);

        // eventgrid.bicep is deployed with main.bicep's outputs: every parameter it needs is one of them.
        var required = EventGrid.Parameters.Where(p => !EventGrid.Parameter(p).TryGetProperty("defaultValue", out _));
        Assert.All(required, p => Assert.Contains(p, Main.Outputs));
    }

    private static Dictionary<string, string> AppSettings() =>
        App.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => Main.StringAt(s, "value"));

    [GeneratedRegex(@"^«reference\(resourceId\('Microsoft\.Storage/storageAccounts', .*\)\.primaryEndpoints\.blob»(?<container>[a-z0-9-]+)$")]
    private static partial Regex PackageLocation();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleGuid();
}
