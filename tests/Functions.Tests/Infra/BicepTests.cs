using System.Text.RegularExpressions;
using Ukspf.Application;
using Xunit;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>No Bicep compiler runs here, so the templates are read as text and held to the names the code uses.</summary>
public partial class BicepTests
{
    private static readonly string Main = RepositoryFiles.Read("infra", "main.bicep");
    private static readonly string EventGrid = RepositoryFiles.Read("infra", "eventgrid.bicep");

    public static TheoryData<string> Containers => [.. StorageNames.Containers];

    public static TheoryData<string> Tables => [.. StorageNames.Tables];

    public static TheoryData<string> AzureSettings => [.. AppSettingNames.AzureSettings];

    [Theory]
    [MemberData(nameof(Containers))]
    public void Creates_every_container_the_code_uses(string container)
    {
        Assert.Contains(StringLiterals(Section(Main, "var containers")), l => l == container);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Creates_every_table_the_code_uses(string table)
    {
        Assert.Contains(StringLiterals(Section(Main, "var tables")), l => l == table);
    }

    [Fact]
    public void Creates_no_container_or_table_the_code_does_not_use()
    {
        Assert.Equal(StorageNames.Containers.Order(), StringLiterals(Section(Main, "var containers")).Order());
        Assert.Equal(StorageNames.Tables.Order(), StringLiterals(Section(Main, "var tables")).Order());
    }

    [Theory]
    [MemberData(nameof(AzureSettings))]
    public void Sets_every_app_setting_the_deployed_app_reads(string setting)
    {
        Assert.Contains($"name: '{setting}'", Main, StringComparison.Ordinal);
    }

    [Fact]
    public void Connects_to_storage_by_managed_identity_with_no_account_key()
    {
        Assert.Contains("allowSharedKeyAccess: false", Main, StringComparison.Ordinal);
        Assert.Contains("type: 'SystemAssigned'", Main, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys(storage", Main, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", Main, StringComparison.Ordinal);
        Assert.DoesNotContain($"name: '{AppSettingNames.StorageConnection}'", Main, StringComparison.Ordinal);
    }

    [Fact]
    public void Grants_the_app_only_blob_owner_table_contributor_and_queue_contributor()
    {
        var granted = RoleAssignments().ToList();

        Assert.Equal(
            new[] { "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", "974c5e8b-45b9-4653-ba55-5f855dd0fb88", "b7e6dc6d-f1e8-4753-8033-0f276bb0955b" },
            granted.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keeps_blob_versions_and_deleted_blobs()
    {
        Assert.Contains("isVersioningEnabled: true", Main, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"deleteRetentionPolicy: \{\s*enabled: true"), Main);
    }

    [Fact]
    public void Runs_the_isolated_worker_on_the_flex_consumption_plan()
    {
        Assert.Contains("name: 'FC1'", Main, StringComparison.Ordinal);
        Assert.Contains("kind: 'functionapp,linux'", Main, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"runtime: \{\s*name: 'dotnet-isolated'\s*version: '10.0'"), Main);
        Assert.DoesNotContain($"name: '{AppSettingNames.WorkerRuntime}'", Main, StringComparison.Ordinal);
        Assert.Contains($"param reconcileSchedule string = '{AppSettingNames.DefaultReconcileSchedule}'", Main, StringComparison.Ordinal);
    }

    [Fact]
    public void Routes_inbox_uploads_to_the_blob_triggered_function()
    {
        Assert.Contains($"var ingestFunction = '{FunctionNames.IngestReturn}'", EventGrid, StringComparison.Ordinal);
        Assert.Contains($"var inboxContainer = '{StorageNames.InboxContainer}'", EventGrid, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage.BlobCreated", EventGrid, StringComparison.Ordinal);
    }

    private static string Section(string bicep, string start)
    {
        var from = bicep.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not in the template");
        return bicep[from..bicep.IndexOf(']', from)];
    }

    private static IEnumerable<string> StringLiterals(string text) => Literal().Matches(text).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> RoleAssignments()
    {
        var variables = RoleVariable().Matches(Main).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        return AssignedRole().Matches(Main).Select(m => variables[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Literal();

    [GeneratedRegex(@"var (\w+) = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'")]
    private static partial Regex RoleVariable();

    [GeneratedRegex(@"roleDefinitionId: subscriptionResourceId\('Microsoft.Authorization/roleDefinitions', (\w+)\)")]
    private static partial Regex AssignedRole();
}
