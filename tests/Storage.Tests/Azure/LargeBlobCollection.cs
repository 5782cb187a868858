using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// Tests that measure the process's memory allocation: they run on an emulator of their own, after every other
/// collection, so no other test's allocations are counted with theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeBlobCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite, large blobs";
}
