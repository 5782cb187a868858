using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Azurite;
using Xunit;
using TableEntity = Ukspf.Storage.Tables.TableEntity;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>AddAzureStorageStores reads a storage connection as the Functions host does, in either of its forms.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageRegistrationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_connection_string_setting_gives_working_stores_on_one_pair_of_clients()
    {
        using var provider = Provider(new() { ["AzureWebJobsStorage"] = azurite.ConnectionString });
        var blobs = provider.GetRequiredService<IBlobStore>();
        var tables = provider.GetRequiredService<ITableStore>();
        var container = "c" + Guid.NewGuid().ToString("N");
        var table = "t" + Guid.NewGuid().ToString("N");

        await blobs.CreateContainerIfNotExistsAsync(container);
        await blobs.UploadAsync(container, "a.txt", new MemoryStream("x"u8.ToArray()));
        await tables.CreateTableIfNotExistsAsync(table);
        await tables.AddAsync(table, new TableEntity("p", "r") { ["Amount"] = 12.50m });

        var storage = provider.GetRequiredService<AzureStorage>();
        Assert.Same(storage.Blobs, blobs);
        Assert.Same(storage.Tables, tables);
        Assert.Same(provider.GetRequiredService<BlobServiceClient>(), storage.BlobService);
        Assert.Same(provider.GetRequiredService<TableServiceClient>(), storage.TableService);
        Assert.Equal(azurite.Azurite.Ports.Blob, storage.BlobService.Uri.Port);
        Assert.Equal(1, (await blobs.GetPropertiesAsync(container, "a.txt"))!.Length);
        Assert.Equal(12.50m, (await tables.GetAsync(table, "p", "r"))!.GetDecimal("Amount"));
    }

    [Fact]
    public void Service_uri_settings_give_clients_for_those_endpoints_without_a_request()
    {
        using var provider = Provider(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://ukspfprod.blob.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://ukspfprod.table.core.windows.net",
            ["AzureWebJobsStorage:clientId"] = "5f3c8e2a-0000-4000-8000-000000000001",
        });

        var storage = provider.GetRequiredService<AzureStorage>();

        Assert.Equal(new Uri("https://ukspfprod.blob.core.windows.net"), storage.BlobService.Uri);
        Assert.Equal(new Uri("https://ukspfprod.table.core.windows.net"), storage.TableService.Uri);
        Assert.Same(storage.Blobs, provider.GetRequiredService<IBlobStore>());
    }

    [Fact]
    public void Another_connection_name_reads_its_own_settings()
    {
        using var provider = Provider(new()
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Returns:blobServiceUri"] = "https://returns.blob.core.windows.net",
            ["Returns:tableServiceUri"] = "https://returns.table.core.windows.net",
        }, "Returns");

        Assert.Equal("returns", provider.GetRequiredService<BlobServiceClient>().AccountName);
    }

    [Fact]
    public void Neither_form_is_refused_with_one_line_naming_the_settings()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Provider(new() { ["Other"] = "x" }));

        Assert.Contains("AzureWebJobsStorage", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void One_service_uri_without_the_other_is_refused_naming_the_missing_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Provider(new() { ["AzureWebJobsStorage:blobServiceUri"] = "https://ukspfprod.blob.core.windows.net" }));

        Assert.Contains("AzureWebJobsStorage__tableServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_uri_that_is_not_absolute_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Provider(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "ukspfprod.blob",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://ukspfprod.table.core.windows.net",
        }));

        Assert.Contains("AzureWebJobsStorage__blobServiceUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_at_registration()
    {
        Assert.Throws<FormatException>(() => Provider(new() { ["AzureWebJobsStorage"] = "AccountName=acct" }));
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, string connectionName = "AzureWebJobsStorage")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddAzureStorageStores(configuration, connectionName).BuildServiceProvider();
    }
}
