using Ukspf.Cli.Demo;
using Ukspf.Testing.Azurite;
using Ukspf.Testing.Reports;
using Xunit;

namespace Ukspf.Cli.Tests.Demo;

/// <summary>
/// <c>ukspf demo --storage azure</c> must publish the same consolidated figures as the embedded store: the demo is
/// run again on Azurite and compared with the shared run on the embedded store.
/// </summary>
[Collection(DemoCollection.Name)]
public sealed class DemoOnAzuriteTests(DemoOnEmbeddedStore embedded, AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task The_demo_on_Azure_storage_publishes_the_same_figures_as_on_the_embedded_store()
    {
        var onAzure = await new DemoRun(_folder.Path, clock => Pipeline.OpenAzure(azurite.ConnectionString, clock)).RunAsync();

        Assert.StartsWith("Azure storage", onAzure.Store);
        Assert.Equal(
            ReportFigures.Of(embedded.Summary.Report).WithFindingsInAnyOrder(),
            ReportFigures.Of(onAzure.Report).WithFindingsInAnyOrder());
        Assert.Equal(
            embedded.Summary.Councils.Select(c => (c.LlaCode, c.Status, c.Errors, c.Warnings, c.Reason)),
            onAzure.Councils.Select(c => (c.LlaCode, c.Status, c.Errors, c.Warnings, c.Reason)));
        Assert.True(File.Exists(onAzure.PublishedWorkbook));
    }

    public void Dispose() => _folder.Dispose();
}
