using Azure;
using Azure.Core;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

/// <summary>
/// The application's entry point to Azure Storage: one account's Blob and Table clients, and the
/// <see cref="IBlobStore"/> / <see cref="ITableStore"/> the pipeline uses. Keys are for Azurite and development;
/// production uses managed identity.
/// </summary>
public sealed class AzureStorage
{
    private AzureStorage(BlobServiceClient blobService, TableServiceClient tableService)
    {
        BlobService = blobService;
        TableService = tableService;
        Blobs = new AzureBlobStore(blobService);
        Tables = new AzureTableStore(tableService);
    }

    /// <summary>The Blob service client, for operations beyond <see cref="IBlobStore"/> (lease break, paging control).</summary>
    public BlobServiceClient BlobService { get; }

    /// <summary>The Table service client, for operations beyond <see cref="ITableStore"/> (filters, $select, $top).</summary>
    public TableServiceClient TableService { get; }

    /// <summary>The blob store.</summary>
    public IBlobStore Blobs { get; }

    /// <summary>The table store.</summary>
    public ITableStore Tables { get; }

    /// <summary>From a connection string: <c>UseDevelopmentStorage=true</c>, an account key string, or endpoints with a SAS.</summary>
    /// <exception cref="FormatException">The connection string is malformed.</exception>
    public static AzureStorage FromConnectionString(string connectionString, AzureStorageClientOptions? options = null)
    {
        var parsed = StorageConnectionString.Parse(connectionString);
        if (parsed.Credential is { } key)
        {
            return new AzureStorage(
                new BlobServiceClient(parsed.BlobEndpoint, key, options),
                new TableServiceClient(parsed.TableEndpoint, key, options));
        }

        var sas = parsed.SharedAccessSignature!;
        return new AzureStorage(
            new BlobServiceClient(parsed.BlobEndpoint, sas, options),
            new TableServiceClient(parsed.TableEndpoint, sas, options));
    }

    /// <summary>With a token credential (e.g. <c>ManagedIdentityCredential</c> or <c>DefaultAzureCredential</c>) for production.</summary>
    public static AzureStorage FromManagedIdentity(Uri blobEndpoint, Uri tableEndpoint, TokenCredential credential, AzureStorageClientOptions? options = null) =>
        new(new BlobServiceClient(blobEndpoint, credential, options), new TableServiceClient(tableEndpoint, credential, options));

    /// <summary>With a shared access signature appended to every request.</summary>
    public static AzureStorage FromSharedAccessSignature(Uri blobEndpoint, Uri tableEndpoint, string sharedAccessSignature, AzureStorageClientOptions? options = null)
    {
        var sas = new AzureSasCredential(sharedAccessSignature);
        return new AzureStorage(new BlobServiceClient(blobEndpoint, sas, options), new TableServiceClient(tableEndpoint, sas, options));
    }
}
