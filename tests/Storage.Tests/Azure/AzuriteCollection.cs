using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>Every Azurite test class shares one emulator; each test works in a container or table of its own.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
