using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tables;

namespace Ukspf.Storage.Azure;

/// <summary>Registers the Azure stores from the settings the Azure Functions host reads for a storage connection.</summary>
public static class AzureStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="BlobServiceClient"/> and one <see cref="TableServiceClient"/> through
    /// <c>AddAzureClients</c>, and singletons of <see cref="AzureStorage"/>, <see cref="IBlobStore"/> and
    /// <see cref="ITableStore"/> over them. The connection is read as the Functions host reads it: either
    /// <c>configuration[connectionName]</c> is a connection string (Azurite, development), or
    /// <c>{connectionName}:blobServiceUri</c> and <c>{connectionName}:tableServiceUri</c> (environment variables
    /// <c>{connectionName}__blobServiceUri</c>...) name the endpoints, reached with <c>DefaultAzureCredential</c>,
    /// whose managed identity is <c>{connectionName}:clientId</c> when that is set. Nothing is sent until a store is used.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither form is configured, or only one of the two endpoints is, or an endpoint is not an absolute URI.</exception>
    /// <exception cref="FormatException">The connection string is one the SDK clients refuse.</exception>
    public static IServiceCollection AddAzureStorageStores(this IServiceCollection services, IConfiguration configuration, string connectionName = "AzureWebJobsStorage")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            // Refuse a malformed string now, with a clear message, rather than at the first resolve.
            AzureStorage.FromConnectionString(connectionString);
            services.AddAzureClients(clients =>
            {
                clients.AddBlobServiceClient(connectionString);
                clients.AddTableServiceClient(connectionString);
            });
        }
        else
        {
            var blobServiceUri = ServiceUri(configuration, connectionName, "blobServiceUri");
            var tableServiceUri = ServiceUri(configuration, connectionName, "tableServiceUri");
            if (blobServiceUri is null && tableServiceUri is null)
            {
                throw new InvalidOperationException(
                    $"No storage connection '{connectionName}' is configured: set {connectionName} to a connection string, or set " +
                    $"{connectionName}__blobServiceUri and {connectionName}__tableServiceUri (optionally {connectionName}__clientId) for managed identity.");
            }

            if (blobServiceUri is null || tableServiceUri is null)
            {
                var missing = blobServiceUri is null ? "blobServiceUri" : "tableServiceUri";
                throw new InvalidOperationException(
                    $"The storage connection '{connectionName}' names one service endpoint but not {connectionName}__{missing}: the stores need both.");
            }

            var credential = Credential(configuration[$"{connectionName}:clientId"]);
            services.AddAzureClients(clients =>
            {
                clients.AddBlobServiceClient(blobServiceUri).WithCredential(credential);
                clients.AddTableServiceClient(tableServiceUri).WithCredential(credential);
            });
        }

        services.AddSingleton(provider =>
            new AzureStorage(provider.GetRequiredService<BlobServiceClient>(), provider.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(provider => provider.GetRequiredService<AzureStorage>().Blobs);
        services.AddSingleton(provider => provider.GetRequiredService<AzureStorage>().Tables);
        return services;
    }

    private static Uri? ServiceUri(IConfiguration configuration, string connectionName, string setting)
    {
        var text = configuration[$"{connectionName}:{setting}"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"The setting {connectionName}__{setting} is not an absolute URI: '{text}'.");
    }

    private static TokenCredential Credential(string? clientId) =>
        string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
}
