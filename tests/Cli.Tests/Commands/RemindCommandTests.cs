using System.Globalization;
using Xunit;

namespace Ukspf.Cli.Tests.Commands;

/// <summary><c>ukspf remind</c> on an embedded store of the test's own, with no Notify key in the environment.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RemindCommandTests
{
    private const string Round = "2025-26-Q3";

    [Fact]
    public async Task With_notifications_off_it_lists_the_councils_due_a_reminder_and_sends_nothing()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        var csv = new AllocationsCsv().For("adur", 100_000m, 200_000m).For("arun", 150_000m, 250_000m).WriteTo(folder.Combine("allocations.csv"));
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, (await Ukspf.RunAsync("allocations", "import", csv, "--store", store)).ExitCode);
        Assert.Equal(0, (await Ukspf.RunAsync("round", "open", Round, "--deadline", deadline, "--store", store)).ExitCode);

        var run = await Ukspf.RunAsync("remind", "--store", store);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Notifications are off: set Notify__ApiKey", run.Output);
        Assert.Contains("E07000223", run.Output);
        Assert.Contains("E07000224", run.Output);
        Assert.Contains("nobody to remind", run.Output);
        Assert.Contains("0 reminders sent for 2025-26-Q3.", run.Output);
    }

    [Fact]
    public async Task With_no_round_near_its_deadline_it_says_so()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("store");
        var csv = new AllocationsCsv().For("adur", 100_000m, 200_000m).WriteTo(folder.Combine("allocations.csv"));
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(0, (await Ukspf.RunAsync("allocations", "import", csv, "--store", store)).ExitCode);
        Assert.Equal(0, (await Ukspf.RunAsync("round", "open", Round, "--deadline", deadline, "--store", store)).ExitCode);

        var run = await Ukspf.RunAsync("remind", "--store", store);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("No open round has its deadline within 7 days of", run.Output);
    }

    [Fact]
    public async Task Help_describes_the_command()
    {
        var run = await Ukspf.RunAsync("remind", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("GOV.UK Notify", run.Output);
        Assert.Contains("--store", run.Output);
    }
}
