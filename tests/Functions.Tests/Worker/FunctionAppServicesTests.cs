using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Functions.Allocations;
using Ukspf.Functions.Ingest;
using Ukspf.Functions.Reconcile;
using Ukspf.Functions.Rounds;
using Ukspf.Functions.Submissions;
using Ukspf.Storage.Blobs;
using Xunit;

namespace Ukspf.Functions.Tests.Worker;

/// <summary>The app's own registrations, as Program.cs makes them, without the worker's gRPC host.</summary>
public sealed class FunctionAppServicesTests
{
    public static TheoryData<Type> FunctionClasses =>
    [
        typeof(IngestReturnFunction), typeof(ReconcileFunctions), typeof(RoundFunctions), typeof(AllocationFunctions), typeof(SubmissionFunctions),
    ];

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void Every_function_class_can_be_made_from_the_app_services_on_a_connection_string(Type function)
    {
        using var services = Services(new() { [AppSettingNames.StorageConnection] = "UseDevelopmentStorage=true" });

        Assert.NotNull(ActivatorUtilities.CreateInstance(services, function));
    }

    [Fact]
    public void In_azure_the_storage_clients_use_the_identity_based_endpoints_the_host_reads()
    {
        using var services = Services(new()
        {
            [AppSettingNames.StorageConnection + ":blobServiceUri"] = "https://ukspfdata.blob.core.windows.net",
            [AppSettingNames.StorageConnection + ":tableServiceUri"] = "https://ukspfdata.table.core.windows.net",
            [AppSettingNames.StorageConnection + ":credential"] = "managedidentity",
        });

        var storage = services.GetRequiredService<Storage.Azure.AzureStorage>();
        Assert.Equal("ukspfdata.blob.core.windows.net", storage.BlobService.Uri.Host);
        Assert.Equal("ukspfdata.table.core.windows.net", storage.TableService.Uri.Host);
        Assert.NotNull(services.GetRequiredService<IBlobStore>());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddUkspfFunctionApp(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
