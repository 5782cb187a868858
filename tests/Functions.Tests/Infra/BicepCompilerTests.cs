using System.Text.Json;
using Xunit;

namespace Ukspf.Functions.Tests.Infra;

/// <summary>
/// Every template in infra/ compiles and lints with nothing to report, under infra/bicepconfig.json. Bicep exits 0 on
/// warnings, so the tests read what it printed as well as its exit code.
/// </summary>
public class BicepCompilerTests
{
    public static TheoryData<string> Templates => [.. TemplateFiles()];

    [Fact]
    public void Finds_the_templates_in_infra()
    {
        Assert.Contains("main.bicep", TemplateFiles());
        Assert.Contains("eventgrid.bicep", TemplateFiles());
        Assert.Contains("portal.bicep", TemplateFiles());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Builds_to_an_arm_template_with_no_warnings_or_errors(string template)
    {
        var result = BicepCli.Build(RepositoryFiles.PathOf("infra", template));

        Assert.True(result.ExitCode == 0 && result.Errors.Trim().Length == 0, result.ToString());
        using var arm = JsonDocument.Parse(result.Output);
        Assert.EndsWith("/deploymentTemplate.json#", arm.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Lints_with_no_warnings_or_errors(string template)
    {
        var result = BicepCli.Run("lint", RepositoryFiles.PathOf("infra", template));

        Assert.True(result.ExitCode == 0 && (result.Errors + result.Output).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public void Lint_reports_the_rules_the_config_turns_on_as_warnings()
    {
        // Holds the two tests above to something: under the same config, a template that breaks a default rule and
        // one the config turns on gets a warning for each.
        var directory = Directory.CreateTempSubdirectory("ukspf-bicep-");
        try
        {
            var template = Path.Combine(directory.FullName, "sloppy.bicep");
            File.WriteAllText(template, """
                param unused string
                resource logs 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
                  name: 'logs'
                  location: 'uksouth'
                }
                """);

            var result = BicepCli.Run("lint", template, "--config", RepositoryFiles.PathOf("infra", "bicepconfig.json"));

            Assert.Contains("Warning no-unused-params", result.Errors, StringComparison.Ordinal);
            Assert.Contains("Warning no-hardcoded-location", result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> TemplateFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("infra"), "*.bicep").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal);
}
