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
    [Fact]
    public async Task Copying_templates_of_a_round_that_was_never_opened_fails_and_says_to_open_it()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("templates", "2025-26-Q3", "--out", folder.Combine("templates"), "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("open it first", run.Output);
    }

    [Fact]
    public async Task Closing_a_round_that_was_never_opened_fails_with_exit_code_1()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("round", "close", "2025-26-Q3", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has not been opened", run.Output);
    }

    [Fact]
    public async Task Listing_submissions_of_something_that_is_not_a_round_fails_and_shows_what_a_round_looks_like()
    {
        using var folder = new TempFolder();

        var run = await Ukspf.RunAsync("submissions", "2025-Q9", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a reporting round such as 2025-26-Q2", run.Output);
    }

    [Fact]
    public async Task Ingesting_a_path_that_does_not_exist_fails_with_exit_code_1_and_names_it()
    {
        using var folder = new TempFolder();
        var missing = folder.Combine("uploads", "adur", "return.xlsx");

        var run = await Ukspf.RunAsync("ingest", missing, "--round", "2025-26-Q3", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("neither a file nor a folder", run.Output);
    }

    [Fact]
    public async Task Importing_allocations_from_a_damaged_workbook_fails_and_says_the_file_is_damaged()
    {
        using var folder = new TempFolder();
        var workbook = folder.Combine("allocations.xlsx");
        await File.WriteAllBytesAsync(workbook, [0x50, 0x4B, 0x03, 0x04]);

        var run = await Ukspf.RunAsync("allocations", "import", workbook, "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged", run.Output);
    }

    [Fact]
    public async Task Importing_allocations_from_a_text_file_fails_and_names_the_formats_accepted()
    {
        using var folder = new TempFolder();
        var text = folder.Combine("allocations.txt");
        await File.WriteAllTextAsync(text, "adur 1000");

        var run = await Ukspf.RunAsync("allocations", "import", text, "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CSV", run.Output);
        Assert.Contains(".xlsx", run.Output);
    }

    [Fact]
    public async Task Importing_allocations_with_no_usable_row_fails_and_lists_each_rows_problem()
    {
        using var folder = new TempFolder();
        var csv = folder.Combine("allocations.csv");
        await File.WriteAllTextAsync(csv, "lla_code,financial_year,fund_line,spend_type,amount,source,as_of\natlantis,2025-26,core,capital,1000,Test,2025-04-01\nadur,2022-25,core,capital,1000,Test,2025-04-01\n");

        var run = await Ukspf.RunAsync("allocations", "import", csv, "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Row 2:", run.Output);
        Assert.Contains("'atlantis' is not a lead local authority", run.Output);
        Assert.Contains("Row 3:", run.Output);
    }

    [Fact]
    public async Task Choosing_Azure_storage_without_a_connection_string_fails_with_exit_code_1_and_says_what_is_needed()
    {
        var run = await Ukspf.RunAsync("submissions", "2025-26-Q3", "--storage", "azure", "--connection-string", "");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--connection-string", run.Output);
    }
}
