using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Xunit;

namespace Ukspf.Functions.Tests.Hosting;

public class HostJsonTests
{
    private static JsonElement HostJson()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.Read("host.json"));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Host_json_starts_the_ukspf_executable_as_the_handler()
    {
        var handler = HostJson().GetProperty("customHandler");
        var description = handler.GetProperty("description");

        Assert.Equal("2.0", HostJson().GetProperty("version").GetString());
        Assert.Equal("ukspf", description.GetProperty("defaultExecutablePath").GetString());
        Assert.Equal(["handler"], description.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("", description.GetProperty("workingDirectory").GetString());
        Assert.False(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
    }

    [Fact]
    public void Host_json_gives_up_on_a_blob_after_five_attempts_like_the_local_host()
    {
        var blobs = HostJson().GetProperty("extensions").GetProperty("blobs");

        Assert.Equal(5, blobs.GetProperty("poisonBlobThreshold").GetInt32());
        Assert.Equal(new Ukspf.Functions.LocalHost.LocalTriggerHostOptions().MaxAttempts, blobs.GetProperty("poisonBlobThreshold").GetInt32());
        Assert.True(blobs.GetProperty("maxDegreeOfParallelism").GetInt32() >= 1);
    }

    [Fact]
    public void Host_json_uses_the_version_4_extension_bundle_and_a_function_timeout()
    {
        var bundle = HostJson().GetProperty("extensionBundle");

        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", bundle.GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", bundle.GetProperty("version").GetString());
        Assert.True(TimeSpan.TryParse(HostJson().GetProperty("functionTimeout").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void Local_settings_example_lists_every_setting_the_app_reads_locally()
    {
        using var document = JsonDocument.Parse(RepositoryFiles.Read("local.settings.json.example"));
        var values = document.RootElement.GetProperty("Values");

        foreach (var setting in AppSettingNames.LocalSettings)
        {
            Assert.True(values.TryGetProperty(setting, out _), $"local.settings.json.example lacks {setting}");
        }

        Assert.Equal("custom", values.GetProperty(AppSettingNames.WorkerRuntime).GetString());
        Assert.Equal(FunctionCatalog.DefaultReconcileSchedule, values.GetProperty(AppSettingNames.ReconcileSchedule).GetString());
    }
}
