using Ukspf.Storage.Azure;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

public sealed class StorageConnectionStringTests
{
    private const string Key = "YSBmaXhlZCB0ZXN0IGtleSwgbm90IGEgcmVhbCBvbmU=";

    [Fact]
    public void Development_storage_points_at_azurite_default_ports_with_the_dev_account()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.Credential!.AccountName);
        Assert.Null(parsed.SharedAccessSignature);
    }

    [Fact]
    public void Account_string_builds_host_style_endpoints_from_protocol_name_and_suffix()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=ukspfprod;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://ukspfprod.blob.core.windows.net"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("https://ukspfprod.table.core.windows.net"), parsed.TableEndpoint);
        Assert.Equal("ukspfprod", parsed.Credential!.AccountName);
    }

    [Fact]
    public void Endpoint_suffix_and_protocol_default_to_public_azure_over_https()
    {
        var parsed = StorageConnectionString.Parse($"accountname=acct;accountkey={Key}");

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), parsed.BlobEndpoint);
    }

    [Fact]
    public void Explicit_path_style_endpoints_win_over_the_account_defaults()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
            "BlobEndpoint=http://127.0.0.1:51000/devstoreaccount1;TableEndpoint=http://127.0.0.1:51002/devstoreaccount1;");

        Assert.Equal(new Uri("http://127.0.0.1:51000/devstoreaccount1"), parsed.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:51002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void A_shared_access_signature_keeps_its_equals_signs_and_needs_no_key()
    {
        const string sas = "sv=2021-12-02&ss=bt&srt=sco&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=abc%2Bdef%3D";

        var parsed = StorageConnectionString.Parse(
            $"BlobEndpoint=https://acct.blob.core.windows.net;TableEndpoint=https://acct.table.core.windows.net;SharedAccessSignature={sas}");

        Assert.Null(parsed.Credential);
        Assert.Equal(sas, parsed.SharedAccessSignature!.Signature);
    }

    [Theory]
    [InlineData("AccountName=acct")]
    [InlineData("AccountKey=" + Key)]
    [InlineData("BlobEndpoint=not a url;TableEndpoint=https://a.table.core.windows.net;SharedAccessSignature=sig=x")]
    [InlineData("AccountName=acct;AccountKey")]
    public void Incomplete_or_malformed_strings_are_rejected(string connectionString)
    {
        Assert.Throws<FormatException>(() => StorageConnectionString.Parse(connectionString));
    }

    [Fact]
    public void Errors_and_descriptions_never_echo_the_key()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=acct;AccountKey={Key}");
        var error = Assert.Throws<FormatException>(() => StorageConnectionString.Parse($"AccountName=acct;{Key}"));

        Assert.DoesNotContain(Key, parsed.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
    }
}
