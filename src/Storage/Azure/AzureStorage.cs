using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

/// <summary>
/// The application's entry point to Azure Storage: one account's Blob and Table service clients (the official SDKs)
/// and the <see cref="IBlobStore"/> / <see cref="ITableStore"/> the pipeline uses over them. Connection strings are
/// for Azurite and development; production uses managed identity through <see cref="FromServiceUris"/>.
/// </summary>
public sealed class AzureStorage
{
    private const string AcceptedForms =
        "Give UseDevelopmentStorage=true; or AccountName and a base-64 AccountKey, with DefaultEndpointsProtocol and " +
        "EndpointSuffix or with BlobEndpoint and TableEndpoint; or BlobEndpoint, TableEndpoint and SharedAccessSignature. " +
        "Settings are Name=Value, separated by ';'.";

    /// <summary>Wraps clients made elsewhere (for instance by dependency injection); the stores share them.</summary>
    public AzureStorage(BlobServiceClient blobService, TableServiceClient tableService)
    {
        BlobService = blobService ?? throw new ArgumentNullException(nameof(blobService));
        TableService = tableService ?? throw new ArgumentNullException(nameof(tableService));
        Blobs = new AzureBlobStore(blobService);
        Tables = new AzureTableStore(tableService);
    }

    /// <summary>The Blob service client, for operations beyond <see cref="IBlobStore"/> (leases, paging control, SAS).</summary>
    public BlobServiceClient BlobService { get; }

    /// <summary>The Table service client, for operations beyond <see cref="ITableStore"/> (filters, $select, $top).</summary>
    public TableServiceClient TableService { get; }

    /// <summary>The blob store over <see cref="BlobService"/>.</summary>
    public IBlobStore Blobs { get; }

    /// <summary>The table store over <see cref="TableService"/>; decimals kept exact (ADR-004).</summary>
    public ITableStore Tables { get; }

    /// <summary>
    /// From a connection string, whatever both SDK clients accept: <c>UseDevelopmentStorage=true</c>, an account key
    /// string, or endpoints with a shared access signature. Makes no request.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string is null, empty or white space.</exception>
    /// <exception cref="FormatException">A client refuses it; the message names the forms accepted and never repeats the string, which may hold a key.</exception>
    public static AzureStorage FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new AzureStorage(
            Create("Blob", () => new BlobServiceClient(connectionString)),
            Create("Table", () => new TableServiceClient(connectionString)));
    }

    /// <summary>
    /// With a token credential (<c>DefaultAzureCredential</c>, <c>ManagedIdentityCredential</c>...) for production:
    /// the account's blob and table endpoints, e.g. <c>https://account.blob.core.windows.net</c>. Makes no request.
    /// </summary>
    /// <exception cref="ArgumentException">An endpoint is not HTTPS: the SDKs send tokens over HTTPS only.</exception>
    public static AzureStorage FromServiceUris(Uri blobServiceUri, Uri tableServiceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        ArgumentNullException.ThrowIfNull(tableServiceUri);
        ArgumentNullException.ThrowIfNull(credential);
        return new AzureStorage(new BlobServiceClient(blobServiceUri, credential), new TableServiceClient(tableServiceUri, credential));
    }

    // The SDKs refuse a malformed string with FormatException, ArgumentException or InvalidOperationException, and
    // some of their messages quote a setting's text, so none of them is passed on.
    private static T Create<T>(string service, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            throw new FormatException($"The storage connection string is not one the {service} service client accepts. {AcceptedForms}");
        }
    }
}
