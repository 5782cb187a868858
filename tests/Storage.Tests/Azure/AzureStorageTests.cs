using System.Text;
using Azure.Identity;
using Azure.Storage.Sas;
using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>Making the stores from a connection string or from service endpoints and a token credential.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageTests(AzuriteFixture azurite)
{
    private const string Key = "YSBmaXhlZCB0ZXN0IGtleSwgbm90IGEgcmVhbCBvbmU=";

    [Fact]
    public void Development_storage_points_at_azurite_default_ports_with_the_dev_account()
    {
        var storage = AzureStorage.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), storage.BlobService.Uri);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), storage.TableService.Uri);
        Assert.Equal("devstoreaccount1", storage.BlobService.AccountName);
    }

    [Fact]
    public void An_account_key_string_gives_the_accounts_public_endpoints()
    {
        var storage = AzureStorage.FromConnectionString($"DefaultEndpointsProtocol=https;AccountName=ukspfprod;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://ukspfprod.blob.core.windows.net/"), storage.BlobService.Uri);
        Assert.Equal(new Uri("https://ukspfprod.table.core.windows.net/"), storage.TableService.Uri);
    }

    [Fact]
    public async Task A_key_string_with_explicit_endpoints_reaches_azurite()
    {
        var storage = AzureStorage.FromConnectionString(azurite.ConnectionString);
        var container = "c" + Guid.NewGuid().ToString("N");
        var table = "t" + Guid.NewGuid().ToString("N");

        await storage.Blobs.CreateContainerIfNotExistsAsync(container);
        await storage.Tables.CreateTableIfNotExistsAsync(table);
        await storage.Blobs.UploadAsync(container, "a.txt", new MemoryStream("x"u8.ToArray()));
        await storage.Tables.AddAsync(table, new TableEntity("p", "r"));

        Assert.NotNull(await storage.Blobs.GetPropertiesAsync(container, "a.txt"));
        Assert.NotNull(await storage.Tables.GetAsync(table, "p", "r"));
        Assert.Equal(azurite.Azurite.Ports.Blob, storage.BlobService.Uri.Port);
        Assert.Equal(azurite.Azurite.Ports.Table, storage.TableService.Uri.Port);
    }

    [Fact]
    public async Task A_shared_access_signature_string_works_for_blobs_and_tables()
    {
        var ports = azurite.Azurite.Ports;
        // One account signature granting both services, signed with the emulator's key by the SDK.
        var signer = AzureStorage.FromConnectionString(azurite.ConnectionString).BlobService;
        var builder = new AccountSasBuilder(AccountSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1), AccountSasServices.Blobs | AccountSasServices.Tables, AccountSasResourceTypes.All);
        var sas = signer.GenerateAccountSasUri(builder).Query.TrimStart('?');
        var storage = AzureStorage.FromConnectionString(
            $"BlobEndpoint=http://127.0.0.1:{ports.Blob}/{AzuriteProcess.AccountName};" +
            $"TableEndpoint=http://127.0.0.1:{ports.Table}/{AzuriteProcess.AccountName};SharedAccessSignature={sas}");
        var container = "c" + Guid.NewGuid().ToString("N");
        var table = "t" + Guid.NewGuid().ToString("N");

        await storage.Blobs.CreateContainerIfNotExistsAsync(container);
        await storage.Blobs.UploadAsync(container, "a.txt", new MemoryStream(Encoding.UTF8.GetBytes("signed")));
        await storage.Tables.CreateTableIfNotExistsAsync(table);
        await storage.Tables.AddAsync(table, new TableEntity("p", "r") { ["Amount"] = 0.1m });

        Assert.Equal(6, (await storage.Blobs.GetPropertiesAsync(container, "a.txt"))!.Length);
        Assert.Equal(0.1m, (await storage.Tables.GetAsync(table, "p", "r"))!.GetDecimal("Amount"));
    }

    [Theory]
    [InlineData("AccountName=acct")]
    [InlineData("AccountKey=" + Key)]
    [InlineData("AccountName=acct;AccountKey")]
    [InlineData("AccountName=acct;" + Key)]
    [InlineData("BlobEndpoint=not a url;TableEndpoint=https://a.table.core.windows.net;SharedAccessSignature=sig=x")]
    [InlineData("BlobEndpoint=https://a.blob.core.windows.net;SharedAccessSignature=sv=2021-12-02&sig=x")]
    public void A_malformed_string_is_refused_with_the_accepted_forms_and_without_the_key(string connectionString)
    {
        var error = Assert.Throws<FormatException>(() => AzureStorage.FromConnectionString(connectionString));

        Assert.Contains("UseDevelopmentStorage=true", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_string_is_refused_as_an_argument(string connectionString)
    {
        Assert.ThrowsAny<ArgumentException>(() => AzureStorage.FromConnectionString(connectionString));
    }

    [Fact]
    public void Service_endpoints_with_a_token_credential_make_clients_for_those_endpoints()
    {
        var storage = AzureStorage.FromServiceUris(
            new Uri("https://ukspfprod.blob.core.windows.net"), new Uri("https://ukspfprod.table.core.windows.net"), new DefaultAzureCredential());

        Assert.Equal(new Uri("https://ukspfprod.blob.core.windows.net"), storage.BlobService.Uri);
        Assert.Equal(new Uri("https://ukspfprod.table.core.windows.net"), storage.TableService.Uri);
        Assert.Equal("ukspfprod", storage.TableService.AccountName);
    }

    [Fact]
    public void A_token_credential_is_refused_over_plain_http()
    {
        Assert.ThrowsAny<ArgumentException>(() => AzureStorage.FromServiceUris(
            new Uri("http://127.0.0.1:10000/devstoreaccount1"), new Uri("https://ukspfprod.table.core.windows.net"), new DefaultAzureCredential()));
    }
}
