using Xunit;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>
/// The tests that run <c>ukspf serve</c> processes run one after another, and apart from the other test classes: each
/// starts Azurite and one or two hosts, and on two cores beside the demo's tests they would measure the machine
/// rather than the host (30 uploads took over two minutes instead of 20 s).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServeCollection
{
    public const string Name = "Serve";
}
