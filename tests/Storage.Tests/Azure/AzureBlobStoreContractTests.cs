using Ukspf.Storage.Azure;
using Ukspf.Storage.Blobs;
using Ukspf.Storage.Tests.Contract;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreContractTests(AzuriteFixture azurite) : BlobStoreContract
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    protected override IBlobStore Store => _storage.Blobs;
}
