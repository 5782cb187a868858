using Ukspf.Storage.Azure;
using Ukspf.Testing.Azurite;
using Xunit;

namespace Ukspf.Storage.Tests.Azure;

/// <summary>
/// Worked examples of the Shared Key and Shared Key Lite strings and signatures. The expected signatures were computed
/// independently (HMAC-SHA256 in another language) over the exact strings shown here.
/// </summary>
public sealed class SharedKeySigningTests
{
    private const string Date = "Fri, 22 Nov 2024 10:00:00 GMT";
    private static readonly StorageSharedKeyCredential DevAccount = new("devstoreaccount1", AzuriteProcess.DevelopmentAccountKey);

    [Fact]
    public void Blob_string_to_sign_lists_the_standard_headers_then_sorted_x_ms_headers_then_the_path_style_resource()
    {
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/returns-inbox/2024-25-Q2/E06000001/return.xlsx");

        var text = SharedKeyStringToSign.ForBlob("PUT", uri, PutBlobHeaders(), "devstoreaccount1");

        Assert.Equal(
            "PUT\n\n\n11\n\n\n\n\n\n*\n\n\n" +
            "x-ms-blob-content-type:text/plain\n" +
            "x-ms-blob-type:BlockBlob\n" +
            "x-ms-date:" + Date + "\n" +
            "x-ms-meta-council:E06000001\n" +
            "x-ms-version:2021-12-02\n" +
            "/devstoreaccount1/devstoreaccount1/returns-inbox/2024-25-Q2/E06000001/return.xlsx",
            text);
    }

    [Fact]
    public void Blob_signature_for_a_fixed_key_and_request_matches_the_worked_example()
    {
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/returns-inbox/2024-25-Q2/E06000001/return.xlsx");

        var signature = DevAccount.ComputeSignature(SharedKeyStringToSign.ForBlob("PUT", uri, PutBlobHeaders(), "devstoreaccount1"));

        Assert.Equal("ymzaIyzJRbLKMS1ypGhyS6EPHQ92bwyQzZ093FTlHrw=", signature);
    }

    [Fact]
    public void A_zero_content_length_is_signed_as_empty()
    {
        var headers = Headers(("Content-Length", "0"), ("x-ms-date", Date));

        var text = SharedKeyStringToSign.ForBlob("PUT", new Uri("https://acct.blob.core.windows.net/c/b"), headers, "acct");

        Assert.StartsWith("PUT\n\n\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonicalized_resource_puts_each_query_parameter_on_its_own_line_lower_cased_sorted_and_decoded()
    {
        var uri = new Uri("http://127.0.0.1:10000/devstoreaccount1/inbox?restype=container&comp=list&prefix=r1%2Fa%20b&Include=metadata&maxresults=10");

        var resource = SharedKeyStringToSign.CanonicalizedResource(uri, "devstoreaccount1");

        Assert.Equal(
            "/devstoreaccount1/devstoreaccount1/inbox\ncomp:list\ninclude:metadata\nmaxresults:10\nprefix:r1/a b\nrestype:container",
            resource);
    }

    [Fact]
    public void Host_style_resource_names_the_account_once()
    {
        var uri = new Uri("https://ukspfprod.blob.core.windows.net/published/2024-25-Q2/file.xlsx?comp=metadata");

        var resource = SharedKeyStringToSign.CanonicalizedResource(uri, "ukspfprod");

        Assert.Equal("/ukspfprod/published/2024-25-Q2/file.xlsx\ncomp:metadata", resource);
    }

    [Fact]
    public void Canonicalized_headers_are_lower_cased_trimmed_sorted_and_ignore_other_headers()
    {
        var headers = Headers(("X-MS-Version", "2021-12-02"), ("x-ms-meta-B", " two "), ("x-ms-meta-a", "one"), ("Content-Type", "text/plain"));

        var canonical = SharedKeyStringToSign.CanonicalizedHeaders(headers);

        Assert.Equal("x-ms-meta-a:one\nx-ms-meta-b:two\nx-ms-version:2021-12-02\n", canonical);
    }

    [Fact]
    public void Table_lite_string_is_the_date_and_the_escaped_resource_with_only_comp_kept()
    {
        var entity = new Uri("http://127.0.0.1:10002/devstoreaccount1/Submissions(PartitionKey='O%27%27Brien',RowKey='1')?$select=V");
        var acl = new Uri("https://acct.table.core.windows.net/Submissions?comp=acl&timeout=30");

        Assert.Equal(
            Date + "\n/devstoreaccount1/devstoreaccount1/Submissions(PartitionKey='O%27%27Brien',RowKey='1')",
            SharedKeyStringToSign.ForTableLite(entity, Headers(("x-ms-date", Date), ("Content-Type", "application/json")), "devstoreaccount1"));
        Assert.Equal(Date + "\n/acct/Submissions?comp=acl", SharedKeyStringToSign.ForTableLite(acl, Headers(("x-ms-date", Date)), "acct"));
    }

    [Fact]
    public void Table_lite_signature_for_a_fixed_key_and_request_matches_the_worked_example()
    {
        var uri = new Uri("http://127.0.0.1:10002/devstoreaccount1/Submissions(PartitionKey='O%27%27Brien',RowKey='1')");

        var signature = DevAccount.ComputeSignature(SharedKeyStringToSign.ForTableLite(uri, Headers(("x-ms-date", Date)), "devstoreaccount1"));

        Assert.Equal("bzmQYjKWFwM9XWOExByR6qCjgPktdbQ1iyrE/W2F6/k=", signature);
    }

    [Fact]
    public void Signature_is_the_base64_hmac_sha256_of_the_utf8_string_under_the_decoded_key()
    {
        var credential = new StorageSharedKeyCredential("acct", "YSBmaXhlZCB0ZXN0IGtleSwgbm90IGEgcmVhbCBvbmU=");

        Assert.Equal("7wXXRciNX79BYxntnpU4n5VghY/pD6Ku9rLie7/8CBg=", credential.ComputeSignature("GET\n"));
    }

    [Fact]
    public void The_credential_never_shows_its_key()
    {
        Assert.DoesNotContain(AzuriteProcess.DevelopmentAccountKey, DevAccount.ToString(), StringComparison.Ordinal);
        Assert.Contains("devstoreaccount1", DevAccount.ToString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PutBlobHeaders() => Headers(
        ("x-ms-version", "2021-12-02"),
        ("x-ms-date", Date),
        ("x-ms-blob-type", "BlockBlob"),
        ("x-ms-blob-content-type", "text/plain"),
        ("x-ms-meta-council", "E06000001"),
        ("If-None-Match", "*"),
        ("Content-Length", "11"));

    private static Dictionary<string, string> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
}
