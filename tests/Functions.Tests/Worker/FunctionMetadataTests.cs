using System.Reflection;
using System.Text.Json;
using Ukspf.Application;
using Ukspf.Functions.Ingest;
using Ukspf.Functions.Reconcile;
using Ukspf.Functions.Reminders;
using Xunit;

namespace Ukspf.Functions.Tests.Worker;

/// <summary>
/// The worker SDK writes functions.metadata from the attributes when the app builds; the Functions host indexes
/// the app from it. Every binding the host will see is checked against the code's constants.
/// </summary>
public sealed class FunctionMetadataTests
{
    private static readonly JsonElement[] Functions = LoadMetadata();

    [Fact]
    public void Lists_exactly_the_functions_of_the_app()
    {
        var expected = typeof(FunctionNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(expected.Order(), Functions.Select(f => f.GetProperty("name").GetString()!).Order());
    }

    [Fact]
    public void IngestReturn_is_a_blob_trigger_on_the_inbox_path_through_event_grid_on_the_storage_connection()
    {
        var trigger = Trigger(FunctionNames.IngestReturn);

        Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(IngestReturnFunction.InboxPath, trigger.GetProperty("path").GetString());
        Assert.StartsWith(StorageNames.InboxContainer + "/", trigger.GetProperty("path").GetString());
        Assert.Equal(AppSettingNames.StorageConnection, trigger.GetProperty("connection").GetString());
        Assert.Equal("EventGrid", trigger.GetProperty("source").GetString());
        Assert.Equal("In", trigger.GetProperty("direction").GetString());
    }

    [Fact]
    public void ReconcileRound_is_a_timer_on_the_schedule_setting()
    {
        var trigger = Trigger(FunctionNames.ReconcileRound);

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(ReconcileFunctions.Schedule, trigger.GetProperty("schedule").GetString());
        Assert.Equal($"%{AppSettingNames.ReconcileSchedule}%", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void SendReminders_is_a_timer_on_its_own_schedule_setting()
    {
        var trigger = Trigger(FunctionNames.SendReminders);

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(SendRemindersFunction.Schedule, trigger.GetProperty("schedule").GetString());
        Assert.Equal($"%{AppSettingNames.ReminderSchedule}%", trigger.GetProperty("schedule").GetString());
    }

    [Theory]
    [InlineData(FunctionNames.ReconcileRoundNow, "rounds/{round}/reconcile", "post")]
    [InlineData(FunctionNames.OpenRound, "rounds/{round}", "post")]
    [InlineData(FunctionNames.ImportAllocations, "allocations", "post")]
    [InlineData(FunctionNames.ListSubmissions, "rounds/{round}/submissions", "get")]
    public void Each_http_function_has_its_route_and_method_and_needs_a_function_key(string function, string route, string method)
    {
        var trigger = Trigger(function);

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString(), ignoreCase: true);
        var output = Bindings(function).Single(b => b.GetProperty("direction").GetString() == "Out");
        Assert.Equal("http", output.GetProperty("type").GetString());
    }

    [Fact]
    public void Every_function_runs_in_the_app_assembly()
    {
        Assert.All(Functions, f => Assert.Equal("Ukspf.Functions.dll", f.GetProperty("scriptFile").GetString()));
    }

    private static JsonElement Trigger(string function) =>
        Bindings(function).Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));

    private static IEnumerable<JsonElement> Bindings(string function) =>
        Functions.Single(f => f.GetProperty("name").GetString() == function).GetProperty("bindings").EnumerateArray();

    private static JsonElement[] LoadMetadata()
    {
        var configuration = typeof(FunctionMetadataTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;
        var path = RepositoryFiles.PathOf("src", "Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"The worker SDK did not write {path}: build src/Functions first.");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
