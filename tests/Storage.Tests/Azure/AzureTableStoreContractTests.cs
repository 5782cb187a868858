using Ukspf.Storage.Azure;
using Ukspf.Storage.Tables;
using Ukspf.Storage.Tests.Contract;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreContractTests(AzuriteFixture azurite) : TableStoreContract
{
    private readonly AzureStorage _storage = AzureStorage.FromConnectionString(azurite.ConnectionString);

    protected override ITableStore Store => _storage.Tables;
}
