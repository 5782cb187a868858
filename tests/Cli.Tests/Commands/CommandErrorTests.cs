using Xunit;

namespace Ukspf.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class CommandErrorTests
{
    [Fact]
    public async Task Opening_a_round_without_a_deadline_fails_and_names_the_missing_option()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("round", "open", "2025-26-Q3", "--store", folder.Combine("store"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--deadline", run.Output);
        Assert.Contains("required", run.Output);
    }

    [Fact]
    public async Task Opening_a_round_with_a_deadline_that_is_not_a_date_fails_with_the_format_to_use()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("round", "open", "2025-26-Q3", "--deadline", "30/01/2026", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("yyyy-mm-dd", run.Output);
    }

    [Fact]
    public async Task Importing_allocations_from_a_file_that_does_not_exist_fails_with_exit_code_1_and_says_so()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("no-such-allocations.csv");

        var run = await Ukspf.RunAsync("allocations", "import", missing, "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Output);
        Assert.Contains("no-such-allocations.csv", run.Output);
    }

    [Fact]
    public async Task Opening_a_round_before_any_allocations_are_loaded_fails_and_says_to_import_them()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("round", "open", "2025-26-Q3", "--deadline", "2026-01-30", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("import allocations first", run.Output);
    }

    [Fact]
    public async Task Reconciling_a_round_that_was_never_opened_fails_with_exit_code_1()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("reconcile", "2025-26-Q3", "--store", folder.Combine("store"), "--out", folder.Combine("published"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has not been opened", run.Output);
    }
}
