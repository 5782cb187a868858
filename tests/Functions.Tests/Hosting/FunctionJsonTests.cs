using System.Text.Json;
using Ukspf.Functions.Hosting.Metadata;
using Xunit;

namespace Ukspf.Functions.Tests.Hosting;

public class FunctionJsonTests
{
    private const string CheckedInFolder = "functions";

    [Fact]
    public void Checked_in_function_json_files_are_exactly_what_the_catalog_generates()
    {
        var generated = FunctionJsonWriter.RenderAll();
        var folder = RepositoryFiles.PathOf(CheckedInFolder);

        var checkedIn = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

        Assert.Equal(generated.Keys.Order(StringComparer.Ordinal), checkedIn.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, text) in generated)
        {
            Assert.True(text == checkedIn[path], $"{CheckedInFolder}/{path} differs from the catalog: run `ukspf functions generate {CheckedInFolder}`.");
        }
    }

    [Fact]
    public void WriteAll_writes_one_folder_per_function_that_reads_back_identically()
    {
        var directory = Directory.CreateTempSubdirectory("ukspf-functions-").FullName;
        try
        {
            var written = FunctionJsonWriter.WriteAll(directory);

            Assert.Equal(FunctionCatalog.All.Count, written.Count);
            foreach (var function in FunctionCatalog.All)
            {
                Assert.Equal(FunctionJsonWriter.Render(function), File.ReadAllText(Path.Combine(directory, function.Name, "function.json")));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Ingest_is_a_binary_blob_trigger_on_the_inbox_path()
    {
        var binding = Binding(FunctionNames.IngestReturn, "blobTrigger");

        Assert.Equal("returns-inbox/{round}/{lla}/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("AzureWebJobsStorage", binding.GetProperty("connection").GetString());
        Assert.Equal("binary", binding.GetProperty("dataType").GetString());
        Assert.Equal("in", binding.GetProperty("direction").GetString());
    }

    [Fact]
    public void Nightly_reconciliation_reads_its_schedule_from_a_setting_defaulting_to_two_in_the_morning()
    {
        var binding = Binding(FunctionNames.ReconcileRound, "timerTrigger");
        var trigger = (TimerTriggerBinding)FunctionCatalog.Get(FunctionNames.ReconcileRound).Trigger;

        Assert.Equal("%ReconcileSchedule%", binding.GetProperty("schedule").GetString());
        Assert.Equal("0 0 2 * * *", FunctionCatalog.ResolveSchedule(trigger, _ => null));
        Assert.Equal("0 30 3 * * *", FunctionCatalog.ResolveSchedule(trigger, name => name == "ReconcileSchedule" ? "0 30 3 * * *" : null));
    }

    [Theory]
    [InlineData(FunctionNames.ReconcileRoundNow, "rounds/{round}/reconcile", "post")]
    [InlineData(FunctionNames.OpenRound, "rounds/{round}", "post")]
    [InlineData(FunctionNames.ImportAllocations, "allocations", "post")]
    [InlineData(FunctionNames.ListSubmissions, "rounds/{round}/submissions", "get")]
    public void Http_functions_need_a_function_key_and_answer_through_res(string function, string route, string method)
    {
        var trigger = Binding(function, "httpTrigger");
        var output = Binding(function, "http");

        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal("req", trigger.GetProperty("name").GetString());
        Assert.Equal("res", output.GetProperty("name").GetString());
        Assert.Equal("out", output.GetProperty("direction").GetString());
    }

    [Fact]
    public void Function_names_are_unique()
    {
        Assert.Equal(FunctionCatalog.All.Count, FunctionCatalog.All.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static JsonElement Binding(string function, string type)
    {
        using var document = JsonDocument.Parse(FunctionJsonWriter.Render(FunctionCatalog.Get(function)));
        return document.RootElement.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == type).Clone();
    }
}
