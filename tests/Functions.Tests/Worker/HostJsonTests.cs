using System.Text.Json;
using Xunit;

namespace Ukspf.Functions.Tests.Worker;

public sealed class HostJsonTests
{
    private static readonly JsonElement Host = Json("src", "Functions", "host.json");

    [Fact]
    public void Gives_up_on_a_blob_after_five_attempts_and_ingests_four_at_once()
    {
        var blobs = Host.GetProperty("extensions").GetProperty("blobs");

        Assert.Equal(5, blobs.GetProperty("poisonBlobThreshold").GetInt32());
        Assert.Equal(4, blobs.GetProperty("maxDegreeOfParallelism").GetInt32());
    }

    [Fact]
    public void Is_a_version_2_host_file_for_the_isolated_worker_with_a_function_timeout()
    {
        Assert.Equal("2.0", Host.GetProperty("version").GetString());
        Assert.False(Host.TryGetProperty("customHandler", out _));
        Assert.Equal(TimeSpan.FromMinutes(10), TimeSpan.Parse(Host.GetProperty("functionTimeout").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Local_settings_example_lists_every_setting_the_app_reads_locally_for_the_isolated_worker()
    {
        var values = Json("src", "Functions", "local.settings.json.example").GetProperty("Values");

        Assert.Equal(AppSettingNames.LocalSettings.Order(), values.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("dotnet-isolated", values.GetProperty(AppSettingNames.WorkerRuntime).GetString());
        Assert.Equal(AppSettingNames.DefaultReconcileSchedule, values.GetProperty(AppSettingNames.ReconcileSchedule).GetString());
        Assert.Equal(AppSettingNames.DefaultReminderSchedule, values.GetProperty(AppSettingNames.ReminderSchedule).GetString());
        // Locally, notifications stay off until someone sets a key.
        Assert.Equal("", values.GetProperty(AppSettingNames.NotifyApiKey).GetString());
    }

    private static JsonElement Json(params string[] path)
    {
        using var json = JsonDocument.Parse(RepositoryFiles.Read(path));
        return json.RootElement.Clone();
    }
}
