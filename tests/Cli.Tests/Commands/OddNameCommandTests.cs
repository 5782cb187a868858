using Ukspf.Application.Submissions;
using Ukspf.Domain.Rounds;
using Ukspf.Domain.Submissions;
using Xunit;

namespace Ukspf.Cli.Tests.Commands;

/// <summary>
/// Folder and file names that are not valid names, and odd characters in what is listed: the commands answer with
/// one clear line and a non-zero exit, or show the text safely, and never crash.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class OddNameCommandTests
{
    private const string Round = "2025-26-Q3";

    [Theory]
    [InlineData("--round", "../..")]
    [InlineData("--round", "2025-26-Q3/../2025-26-Q2")]
    [InlineData("--lla", "../breckland")]
    [InlineData("--lla", "ad\u0001ur")]
    [InlineData("--lla", "a300")]
    public async Task Ingesting_into_a_folder_that_cannot_be_a_name_fails_with_one_line_and_exit_code_1(string option, string value)
    {
        using var folder = new TempFolder();
        var upload = folder.Combine("adur-return.xlsx");
        await File.WriteAllBytesAsync(upload, [1, 2, 3]);
        var given = value == "a300" ? new string('a', 300) : value;
        string[] args = option == "--round" ? ["ingest", upload, "--round", given, "--lla", "adur"] : ["ingest", upload, "--round", Round, "--lla", given];

        var run = await Ukspf.RunAsync([.. args, "--store", folder.Combine("store")]);

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run, "folder");
    }

    [Fact]
    public async Task Ingesting_a_file_whose_name_XML_cannot_carry_fails_with_one_line_naming_it()
    {
        using var folder = new TempFolder();
        var upload = folder.Combine("adur\uFFFE[red]return.xlsx");
        await File.WriteAllBytesAsync(upload, [1, 2, 3]);

        var run = await Ukspf.RunAsync("ingest", upload, "--round", Round, "--lla", "adur", "--store", folder.Combine("store"));

        Assert.Equal(1, run.ExitCode);
        AssertOneErrorLine(run, "file name");
        Assert.Contains("adur\uFFFD[red]return.xlsx", run.Output);
    }

    [Fact]
    public async Task Listing_submissions_whose_file_name_and_reason_hold_markup_and_odd_characters_shows_them_safely()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        using (var pipeline = Pipeline.OpenLocal(store))
        {
            await pipeline.Get<Application.StorageSetup>().EnsureAsync();
            var summary = new SubmissionSummary("oddsubmission0000000", "adur", RoundId.Parse(Round), "[bold]adur\uFFFF\u001b[31m.xlsx",
                new DateTimeOffset(2026, 1, 12, 9, 30, 0, TimeSpan.Zero), SubmissionStatus.Rejected, 1, 0, "Value '[/]\uFFFE\u009b2J' is not a number.");
            await pipeline.Get<SubmissionRepository>().SaveAsync(new SubmissionRecord(summary, "", "", ""));
        }

        var run = await Ukspf.RunAsync("submissions", Round, "--store", store);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[bold]adur", run.Output);
        Assert.Contains("[/]", run.Output);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u009b', run.Output);
        Assert.DoesNotContain('\uFFFF', run.Output);
    }

    private static void AssertOneErrorLine(CommandRun run, string mentions)
    {
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Error:", line);
        Assert.Contains(mentions, line);
    }
}
