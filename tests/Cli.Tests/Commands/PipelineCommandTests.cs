using Ukspf.Cli.Demo;
using Ukspf.Domain.Catalogue;
using Ukspf.Domain.Councils;
using Ukspf.Domain.Rounds;
using Ukspf.Testing.Sheets;
using Ukspf.Workbooks.Filling;
using Xunit;

namespace Ukspf.Cli.Tests.Commands;

/// <summary>A fund manager's round driven through the <c>ukspf</c> commands on an embedded store of the test's own.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PipelineCommandTests
{
    private const string Round = "2025-26-Q3";
    private static readonly string[] Councils = ["E07000105", "E07000223", "E07000224"];

    [Fact]
    public async Task Importing_allocations_and_opening_a_round_lets_templates_write_one_workbook_per_council()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        var csv = Allocations().WriteTo(folder.Combine("allocations.csv"));

        var import = await Ukspf.RunAsync("allocations", "import", csv, "--store", store);
        var open = await Ukspf.RunAsync("round", "open", Round, "--deadline", "2026-01-30", "--store", store);
        var templates = await Ukspf.RunAsync("templates", Round, "--out", folder.Combine("templates"), "--store", store);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("Imported 6 allocation rows", import.Output);
        Assert.True(open.ExitCode == 0, open.ToString());
        Assert.Contains("3 council templates", open.Output);
        Assert.True(templates.ExitCode == 0, templates.ToString());
        var files = Directory.GetFiles(folder.Combine("templates", Round)).Select(Path.GetFileName).Order();
        Assert.Equal(Councils.Select(c => c + ".xlsx"), files);
        foreach (var council in Councils)
            Assert.Contains("Metadata", SheetRows.SheetNames(folder.Combine("templates", Round, council + ".xlsx")));
    }

    [Fact]
    public async Task An_ingested_return_is_listed_by_submissions_and_counted_in_the_workbook_reconcile_publishes()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        await SetUpRoundAsync(folder, store);
        var upload = FillValidReturn(folder, "adur", capital: 100_000m, revenue: 200_000m);

        var ingest = await Ukspf.RunAsync("ingest", upload, "--round", Round, "--lla", "adur", "--store", store);
        var submissions = await Ukspf.RunAsync("submissions", Round, "--store", store);
        var reconcile = await Ukspf.RunAsync("reconcile", Round, "--out", folder.Combine("published"), "--store", store);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("Accepted", ingest.Output);
        Assert.True(submissions.ExitCode == 0, submissions.ToString());
        Assert.Contains("adur-return.xlsx", submissions.Output);
        Assert.Contains("Accepted", submissions.Output);
        Assert.True(reconcile.ExitCode == 0, reconcile.ToString());
        var published = folder.Combine("published", Round, $"ukspf-consolidated-{Round}.xlsx");
        Assert.True(File.Exists(published), reconcile.ToString());
        var councils = SheetRows.Table(published, "Councils");
        Assert.Equal(Councils.Length, councils.Count);
        var adur = Assert.Single(councils, r => r["GSS code"] == "E07000223");
        Assert.Equal("Yes", adur["Accepted return"]);
    }

    [Fact]
    public async Task Ingesting_only_rejected_returns_exits_with_code_2_and_shows_the_reason()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        await SetUpRoundAsync(folder, store);
        var upload = folder.Combine("uploads", "arun", "notes.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(upload)!);
        await File.WriteAllTextAsync(upload, "These are our notes, not the return.");

        var ingest = await Ukspf.RunAsync("ingest", upload, "--round", Round, "--store", store);

        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("Rejected", ingest.Output);
        Assert.Contains("E07000224", ingest.Output);
        Assert.Contains("not an Excel workbook", ingest.Output);
    }

    [Fact]
    public async Task Ingesting_for_a_council_written_in_capitals_files_the_return_under_its_code()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        await SetUpRoundAsync(folder, store);
        var upload = FillValidReturn(folder, "adur", capital: 100_000m, revenue: 200_000m);

        var ingest = await Ukspf.RunAsync("ingest", upload, "--round", Round, "--lla", " ADUR", "--store", store);
        var submissions = await Ukspf.RunAsync("submissions", Round, "--store", store);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("Accepted", ingest.Output);
        Assert.DoesNotContain("ADUR", ingest.Output);
        Assert.Contains("adur", submissions.Output);
        Assert.DoesNotContain("ADUR", submissions.Output);
    }

    [Fact]
    public async Task Ingesting_a_folder_takes_its_files_in_the_order_they_were_written_not_by_name()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        await SetUpRoundAsync(folder, store);
        var first = FillValidReturn(folder, "adur", capital: 100_000m, revenue: 200_000m);
        var second = FillValidReturn(folder, "adur", capital: 100_000m, revenue: 200_000m, name: "adur-return-v2.xlsx", note: "End dates corrected.");
        File.SetLastWriteTimeUtc(first, new DateTime(2026, 1, 12, 9, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(second, new DateTime(2026, 1, 12, 10, 0, 0, DateTimeKind.Utc));

        var ingest = await Ukspf.RunAsync("ingest", folder.Combine("uploads", "adur"), "--round", Round, "--lla", "adur", "--store", store);
        var submissions = await Ukspf.RunAsync("submissions", Round, "--store", store);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var lines = submissions.Output.Split('\n');
        Assert.Contains("Accepted", Assert.Single(lines, l => l.Contains("adur-return-v2.xlsx", StringComparison.Ordinal)));
        Assert.Contains("Superseded", Assert.Single(lines, l => l.Contains("adur-return.xlsx", StringComparison.Ordinal)));
    }

    private static AllocationsCsv Allocations() =>
        new AllocationsCsv().For("adur", 100_000m, 200_000m).For("arun", 150_000m, 250_000m).For("ashford", 80_000m, 120_000m);

    private static async Task SetUpRoundAsync(TempFolder folder, string store)
    {
        var csv = Allocations().WriteTo(folder.Combine("allocations.csv"));
        foreach (var args in new[]
                 {
                     new[] { "allocations", "import", csv },
                     ["round", "open", Round, "--deadline", "2026-01-30"],
                     ["templates", Round, "--out", folder.Combine("templates")],
                 })
        {
            var run = await Ukspf.RunAsync([.. args, "--store", store]);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
    }

    /// <summary>Fills the council's template as the demo's councils do and saves it where a council officer would.</summary>
    private static string FillValidReturn(TempFolder folder, string lla, decimal capital, decimal revenue, string? name = null, string? note = null)
    {
        var id = RoundId.Parse(Round);
        var factory = new DemoReturnFactory(Catalogue.Default, new Round(id, new DateOnly(2026, 1, 30), IsOpen: true, FundingPeriod.For(id.Year)));
        var ret = factory.Create(CouncilRegister.Default.Find(lla)!, capital, revenue, seed: 3);
        if (note is not null) ret = ret with { Programme = ret.Programme with { Narrative = ret.Programme.Narrative + " " + note } };
        var path = folder.Combine("uploads", lla, name ?? $"{lla}-return.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var template = File.OpenRead(folder.Combine("templates", Round, $"{CouncilRegister.Default.KeyOf(lla)}.xlsx"));
        using var output = File.Create(path);
        new ReturnFiller().Fill(template, ret, output);
        return path;
    }
}
