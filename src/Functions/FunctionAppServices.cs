using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Application;
using Ukspf.Application.Notifications;
using Ukspf.Storage.Azure;

namespace Ukspf.Functions;

/// <summary>What the function app registers beside the worker's own services.</summary>
public static class FunctionAppServices
{
    /// <summary>
    /// Adds the use cases on Azure Storage, reached through the same <see cref="AppSettingNames.StorageConnection"/>
    /// settings the Functions host reads: a connection string for Azurite, the app's managed identity in Azure; and
    /// the GOV.UK Notify settings (<c>Notify__ApiKey</c>...), with notifications off while no key is set.
    /// </summary>
    public static IServiceCollection AddUkspfFunctionApp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAzureStorageStores(configuration, AppSettingNames.StorageConnection);
        services.AddNotifySettings(configuration);
        return services.AddUkspfPipeline();
    }
}
