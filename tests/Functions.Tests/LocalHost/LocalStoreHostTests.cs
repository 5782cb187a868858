namespace Ukspf.Functions.Tests.LocalHost;

/// <summary>The two-host guarantees on the embedded store, whose leases follow the scenario's clock.</summary>
public sealed class LocalStoreHostTests : TwoHostGuarantees
{
    protected override int UploadCount => 24;

    private protected override Task<HostScenario> ScenarioAsync(DateTimeOffset now) => HostScenario.LocalAsync(now);
}
