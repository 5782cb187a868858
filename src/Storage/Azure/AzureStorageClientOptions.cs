using Azure.Core;

namespace Ukspf.Storage.Azure;

/// <summary>
/// Options of the Blob and Table clients: retries, transport, diagnostics (inherited from <see cref="ClientOptions"/>)
/// and the REST API versions sent as <c>x-ms-version</c>.
/// </summary>
public sealed class AzureStorageClientOptions : ClientOptions
{
    /// <summary>The Blob service version; 2021-12-02 is the oldest that has everything the client uses and Azurite 3.37 serves it.</summary>
    public string BlobServiceVersion { get; set; } = "2021-12-02";

    /// <summary>The Table service version; 2019-02-02 is the current Table REST version.</summary>
    public string TableServiceVersion { get; set; } = "2019-02-02";
}
