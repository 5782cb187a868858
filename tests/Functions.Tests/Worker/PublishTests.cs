using System.Diagnostics;
using Xunit;

namespace Ukspf.Functions.Tests.Worker;

/// <summary>
/// The app as it is deployed: <c>dotnet publish src/Functions -c Release -r linux-x64</c>, run once for the class.
/// What the Functions host needs must be there, and nothing of the command line or the demo.
/// </summary>
public sealed class PublishTests(PublishTests.PublishedApp app) : IClassFixture<PublishTests.PublishedApp>
{
    [Theory]
    [InlineData("functions.metadata")]
    [InlineData("worker.config.json")]
    [InlineData("host.json")]
    [InlineData("Ukspf.Functions.dll")]
    [InlineData("extensions.json")]
    public void Contains_what_the_functions_host_loads(string file)
    {
        Assert.True(File.Exists(Path.Combine(app.Folder, file)), $"{file} is not in the published app:\n{app.Listing}");
    }

    [Fact]
    public void Contains_the_worker_extensions_the_host_installs_from()
    {
        Assert.True(Directory.Exists(Path.Combine(app.Folder, ".azurefunctions")), $".azurefunctions/ is not in the published app:\n{app.Listing}");
    }

    [Theory]
    [InlineData("ukspf.dll")]
    [InlineData("Spectre.Console.dll")]
    [InlineData("System.CommandLine.dll")]
    [InlineData("Microsoft.Azure.WebJobs.Host.dll")]
    [InlineData("local.settings.json")]
    public void Contains_no_command_line_demo_or_local_host(string file)
    {
        Assert.False(File.Exists(Path.Combine(app.Folder, file)), $"{file} should not be deployed with the function app.");
    }

    [Fact]
    public void The_worker_config_starts_the_app_assembly_with_dotnet()
    {
        var config = File.ReadAllText(Path.Combine(app.Folder, "worker.config.json"));

        Assert.Contains("\"defaultExecutablePath\": \"dotnet\"", config, StringComparison.Ordinal);
        Assert.Contains("Ukspf.Functions.dll", config, StringComparison.Ordinal);
    }

    /// <summary>Publishes the app into a temporary folder once, and deletes it afterwards.</summary>
    public sealed class PublishedApp : IDisposable
    {
        public PublishedApp()
        {
            Folder = Directory.CreateTempSubdirectory("ukspf-functions-publish-").FullName;
            var start = new ProcessStartInfo("dotnet", ["publish", RepositoryFiles.PathOf("src", "Functions"), "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", Folder, "--nologo"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            using var publish = Process.Start(start)!;
            var output = publish.StandardOutput.ReadToEndAsync();
            var errors = publish.StandardError.ReadToEndAsync();
            publish.WaitForExit();
            if (publish.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed ({publish.ExitCode}):\n{output.Result}\n{errors.Result}");
            Listing = string.Join('\n', Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).Order());
        }

        public string Folder { get; }

        public string Listing { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
