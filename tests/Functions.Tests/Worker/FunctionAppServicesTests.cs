using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ukspf.Functions.Allocations;
using Ukspf.Functions.Ingest;
using Ukspf.Application.Notifications;
using Ukspf.Functions.Reconcile;
using Ukspf.Functions.Reminders;
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
        typeof(IngestReturnFunction), typeof(ReconcileFunctions), typeof(RoundFunctions), typeof(AllocationFunctions), typeof(SubmissionFunctions), typeof(SendRemindersFunction),
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

    [Fact]
    public void With_no_notify_api_key_notifications_are_off()
    {
        using var services = Services(new() { [AppSettingNames.StorageConnection] = "UseDevelopmentStorage=true", [AppSettingNames.NotifyApiKey] = "" });

        Assert.IsType<NoReturnNotifier>(services.GetRequiredService<IReturnNotifier>());
    }

    [Fact]
    public void The_notify_settings_are_read_from_the_app_settings_the_deployment_sets()
    {
        const string key = "ukspf_live-3d0e1c9a-5b4f-4e8a-9c77-2f61a0b8d4e5-9b2f7c1e-0d4a-4f6b-8e35-c7a19d2e6f80";
        // App settings reach configuration as environment variables: "__" separates the sections.
        var environment = new Dictionary<string, string?>
        {
            [AppSettingNames.StorageConnection] = "UseDevelopmentStorage=true",
            [AppSettingNames.NotifyApiKey] = key,
            [AppSettingNames.NotifyBaseUrl] = "http://127.0.0.1:5999",
            [AppSettingNames.NotifyReturnProcessedTemplate] = "f33517ff-2a88-4f6e-b855-c550268ce08a",
            [AppSettingNames.NotifyReminderTemplate] = "a9c8e1d2-7b64-4c3f-9e0a-51d2b7f4c6e8",
            [AppSettingNames.NotifyReminderDays] = "3",
            [AppSettingNames.NotifyPortalUrl] = "https://portal.example.gov.uk",
        };
        var prefix = "UKSPF_TEST_" + Guid.NewGuid().ToString("N") + "_";
        foreach (var (name, value) in environment) Environment.SetEnvironmentVariable(prefix + name, value);
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();
            using var services = new ServiceCollection().AddLogging().AddUkspfFunctionApp(configuration).BuildServiceProvider();

            Assert.IsType<NotifyReturnNotifier>(services.GetRequiredService<IReturnNotifier>());
            var options = services.GetRequiredService<NotifyOptions>();
            Assert.Equal(key, options.ApiKey);
            Assert.Equal("http://127.0.0.1:5999", options.BaseUrl);
            Assert.Equal("f33517ff-2a88-4f6e-b855-c550268ce08a", options.Templates.ReturnProcessed);
            Assert.Equal("a9c8e1d2-7b64-4c3f-9e0a-51d2b7f4c6e8", options.Templates.Reminder);
            Assert.Equal(3, options.ReminderDays);
            Assert.Equal("https://portal.example.gov.uk", options.PortalUrl);
        }
        finally
        {
            foreach (var name in environment.Keys) Environment.SetEnvironmentVariable(prefix + name, null);
        }
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddUkspfFunctionApp(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
