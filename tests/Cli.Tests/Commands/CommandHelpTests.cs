using Xunit;

namespace Ukspf.Cli.Tests.Commands;

[Collection(ConsoleCollection.Name)]
public sealed class CommandHelpTests
{
    [Theory]
    [InlineData("demo")]
    [InlineData("round open")]
    [InlineData("round close")]
    [InlineData("allocations import")]
    [InlineData("templates")]
    [InlineData("ingest")]
    [InlineData("reconcile")]
    [InlineData("submissions")]
    public async Task Help_describes_each_command_and_succeeds(string command)
    {
        var args = command.Split(' ').Append("--help").ToArray();

        var run = await Ukspf.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Output);
        Assert.Contains(command.Split(' ')[^1], run.Output);
        Assert.Contains("--store", run.Output);
    }

    [Fact]
    public async Task Help_of_the_root_command_lists_every_command()
    {
        var run = await Ukspf.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "demo", "round", "allocations", "templates", "ingest", "reconcile", "submissions" })
            Assert.Contains(command, run.Output);
    }
}
