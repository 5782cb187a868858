using Xunit;

namespace Ukspf.Cli.Tests.Serve;

/// <summary>
/// The tests that run <c>ukspf serve</c> processes run one after another: each starts Azurite and one or two hosts,
/// and on two cores several such tests at once would measure the machine rather than the host.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ServeCollection
{
    public const string Name = "Serve";
}
