using Ukspf.Cli.Demo;
using Ukspf.Application.Submissions;
using Xunit;

namespace Ukspf.Cli.Tests.Demo;

/// <summary>
/// One run of the demo on the embedded store in a temporary folder, shared by the demo tests (a run takes a while),
/// with every submission record it left in the store. The folder is deleted afterwards.
/// </summary>
public sealed class DemoOnEmbeddedStore : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public DemoSummary Summary { get; private set; } = null!;

    public IReadOnlyList<SubmissionRecord> Submissions { get; private set; } = [];

    public string StoreFolder => _folder.Combine("store");

    public async Task InitializeAsync()
    {
        Summary = await new DemoRun(_folder.Path).RunAsync();
        using var pipeline = Pipeline.OpenLocal(StoreFolder);
        Submissions = await pipeline.Get<SubmissionRepository>().ListRoundAsync(DemoRun.Round);
    }

    public DemoOutcome Council(string scenario) => Summary.Councils.Single(c => c.Scenario == scenario);

    public IReadOnlyList<SubmissionRecord> SubmissionsOf(string lla) => Submissions.Where(s => s.Summary.LlaCode == lla).ToList();

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The demo tests share one run of the demo on the embedded store.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoOnEmbeddedStore>
{
    public const string Name = "Demo";
}
