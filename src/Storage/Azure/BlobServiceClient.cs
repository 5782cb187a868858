using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Ukspf.Storage.Azure;

/// <summary>
/// The Blob service of one storage account, reached over REST on an Azure.Core pipeline. Authenticates with Shared
/// Key (Azurite and development), a <see cref="TokenCredential"/> such as managed identity (production), or a SAS.
/// </summary>
public sealed class BlobServiceClient
{
    /// <summary>The OAuth scope of Azure Storage.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    private readonly StorageRestClient _rest;

    /// <summary>A client signing with the account key (Shared Key).</summary>
    public BlobServiceClient(Uri serviceUri, StorageSharedKeyCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new SharedKeyPolicy(credential, lite: false), options)
    {
    }

    /// <summary>A client authenticating with bearer tokens for <see cref="StorageScope"/>, e.g. from managed identity.</summary>
    public BlobServiceClient(Uri serviceUri, TokenCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new BearerTokenAuthenticationPolicy(credential, StorageScope), options)
    {
    }

    /// <summary>A client that appends the given shared access signature to every request.</summary>
    public BlobServiceClient(Uri serviceUri, AzureSasCredential credential, AzureStorageClientOptions? options = null)
        : this(serviceUri, new SasPolicy(credential), options)
    {
    }

    private BlobServiceClient(Uri serviceUri, HttpPipelinePolicy authentication, AzureStorageClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        _rest = StorageRestClient.Create(serviceUri, authentication, options, table: false);
    }

    /// <summary>The service endpoint.</summary>
    public Uri Uri => _rest.Endpoint;

    /// <summary>A client for one container; makes no request.</summary>
    public BlobContainerClient GetBlobContainerClient(string containerName) => new(_rest, containerName);
}
