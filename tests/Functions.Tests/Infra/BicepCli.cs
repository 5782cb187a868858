using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>
/// The Bicep compiler that restore downloads (the PackageDownload in the test project), run as a process.
/// The build writes its path into the assembly as the <c>BicepPath</c> metadata.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    private static readonly Lazy<string> Executable = new(Locate);

    private static readonly ConcurrentDictionary<string, Lazy<BicepResult>> Builds = new(StringComparer.Ordinal);

    /// <summary><c>bicep build --stdout</c> of a template, run once per test run however many tests read it.</summary>
    public static BicepResult Build(string template) =>
        Builds.GetOrAdd(Path.GetFullPath(template), path => new(() => Run("build", path, "--stdout"))).Value;

    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable.Value)
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The compiler is a self-contained .NET app: without ICU on the machine it would not start.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bicep did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}");
        }

        return new BicepResult(process.ExitCode, output.GetAwaiter().GetResult(), errors.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The Bicep compiler is not at '{path}': `dotnet restore tests/Functions.Tests` downloads it.");
        }

        // NuGet does not promise to keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}

/// <summary>What one run of the compiler returned and printed; diagnostics go to <see cref="Errors"/>.</summary>
internal sealed record BicepResult(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}{Errors}{Output}";
}
