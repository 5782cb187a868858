using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ukspf.Storage.Azure;

/// <summary>
/// The Table service of one storage account, reached over REST on an Azure.Core pipeline. Authenticates with Shared
/// Key Lite (Azurite and development), a <see cref="TokenCredential"/> such as managed identity (production), or a SAS.
/// </summary>
public sealed class TableServiceClient
{
    private readonly StorageRestClient _rest;

    /// <summary>A client signing with the account key (Shared Key Lite).</summary>
    public TableServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new SharedKeyPolicy(credential, lite: true), options)
    {
    }

    /// <summary>A client authenticating with bearer tokens for <see cref="BlobServiceClient.StorageScope"/>, e.g. from managed identity.</summary>
    public TableServiceClient(Uri serviceUri, TokenCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new BearerTokenAuthenticationPolicy(credential, BlobServiceClient.StorageScope), options)
    {
    }

    /// <summary>A client that appends the given shared access signature to every request.</summary>
    public TableServiceClient(Uri serviceUri, AzureSasCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new SasPolicy(credential), options)
    {
    }

    private TableServiceClient(Uri serviceUri, HttpPipelinePolicy authentication, AzureStorageClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        _rest = StorageRestClient.Create(serviceUri, authentication, options, table: true);
    }

    /// <summary>The service endpoint.</summary>
    public Uri Uri => _rest.Endpoint;

    /// <summary>A client for one table; makes no request.</summary>
    public TableClient GetTableClient(string tableName) => new(_rest, tableName);
}
